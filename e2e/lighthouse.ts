/**
 * Lighthouse runs for the benchmark: one Chromium (Debian's, via CHROME_PATH) per run, mobile or
 * desktop, returning the four category scores and CLS.
 */
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  cls: number;
  /** Total Blocking Time in ms: what a performance score below 100 has come from here. */
  tbt: number;
}

/** Lighthouse itself failed to measure (its own words: "Please run Lighthouse again"). */
export class LighthouseRunError extends Error {}

/** Runs Lighthouse once on `url` with a fresh browser profile. */
export async function runLighthouse(url: string, formFactor: 'mobile' | 'desktop'): Promise<LighthouseScores> {
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    // A failed trace (NO_NAVSTART and the like) would otherwise read as a score of 0.
    const failure = result.lhr.runtimeError;
    if (failure) throw new LighthouseRunError(`${failure.code}: ${failure.message}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
      tbt: audits['total-blocking-time']?.numericValue ?? Number.NaN,
    };
  } finally {
    chrome.kill();
  }
}
