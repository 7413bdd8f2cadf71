import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
async function shot(name, { scheme = 'light', width = 1280, height = 800, query, arrows = 0, fn } = {}) {
  const ctx = await browser.newContext({ colorScheme: scheme, viewport: { width, height } });
  const page = await ctx.newPage();
  page.on('pageerror', e => console.log('pageerror:', e.message));
  await page.goto('http://localhost:4600/framework/modeling/');
  if (fn) await fn(page);
  else {
    await page.keyboard.press('/');
    if (query) await page.keyboard.type(query, { delay: 30 });
    await page.waitForTimeout(500);
    for (let i = 0; i < arrows; i++) await page.keyboard.press('ArrowDown');
  }
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/shot-${name}.png` });
  await ctx.close();
}
await shot('light', { query: 'latency', arrows: 2 });
await shot('dark', { scheme: 'dark', query: 'status quo', arrows: 1 });
await shot('phone', { width: 375, height: 740, query: 'leakage', arrows: 1 });
await shot('phone-dark', { scheme: 'dark', width: 375, height: 740, query: 'baselines' });
await shot('empty', { query: 'qzxvwj' });
await shot('header-phone', { width: 375, height: 300, fn: async () => {} });
await shot('landing', { fn: async (page) => { await page.keyboard.press('/'); await page.keyboard.type('status quo', { delay: 30 }); await page.waitForTimeout(400); await page.keyboard.press('ArrowDown'); await page.keyboard.press('Enter'); await page.waitForURL(/clarify/); await page.waitForTimeout(800); } });
await shot('landing-dark', { scheme: 'dark', fn: async (page) => { await page.goto('http://localhost:4600/framework/model-serving/?highlight=latency#state-the-latency-budget-and-throughput'); await page.waitForTimeout(800); } });
await browser.close();
