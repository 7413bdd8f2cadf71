import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
const chrome = await launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
for (const u of process.argv.slice(2)) {
const result = await lighthouse(u, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['accessibility', 'best-practices', 'seo'] });
const { categories, audits } = result!.lhr;
for (const [id, c] of Object.entries(categories)) {
  console.log(u, id, c.score);
  if ((c.score ?? 0) < 1) for (const ref of c.auditRefs) { const a = audits[ref.id]!; if (ref.weight > 0 && a.score !== null && a.score < 1) console.log('   FAIL', ref.id, a.title); }
}
}
chrome.kill();
