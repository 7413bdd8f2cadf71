/** The address a build uses when `SITE_URL` is not set: right for `npm start`, wrong anywhere else. */
export const LOCAL_SITE = 'http://localhost:4321';

/** Where the site is hosted, read from `SITE_URL` and `BASE_PATH` so one build config serves any host. */
export function siteFromEnv(env: Record<string, string | undefined>): { site: string; base: string } {
  const site = env.SITE_URL?.trim() || LOCAL_SITE;
  let base = env.BASE_PATH?.trim() || '/';
  if (!base.startsWith('/')) base = `/${base}`;
  if (!base.endsWith('/')) base = `${base}/`;
  try {
    new URL(site);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.org, got "${site}".`);
  }
  return { site, base };
}

/**
 * The warning a build prints when `SITE_URL` is not set, one line per entry, or undefined when it
 * is. The build still succeeds (so `npm start` works locally), but a site deployed from it would
 * point every absolute URL at the builder's own machine.
 */
export function siteUrlWarning(env: Record<string, string | undefined>): string[] | undefined {
  if (env.SITE_URL?.trim()) return undefined;
  return [
    `SITE_URL is not set: this build uses ${LOCAL_SITE} as the site's address.`,
    `  Every absolute URL will point at ${LOCAL_SITE}: each page's canonical link, og:url and`,
    '  og:image (link previews), the sitemap (sitemap-index.xml, sitemap-0.xml) and robots.txt.',
    '  Fine for `npm start` on this machine; do not deploy this build.',
    '  Set the address the site is served from, e.g.',
    '    SITE_URL=https://example.org npm run build',
    '  (.github/workflows/deploy.yml sets it to the GitHub Pages URL).',
  ];
}
