/** Where the site is hosted, read from `SITE_URL` and `BASE_PATH` so one build config serves any host. */
export function siteFromEnv(env: Record<string, string | undefined>): { site: string; base: string } {
  const site = env.SITE_URL?.trim() || 'http://localhost:4321';
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
