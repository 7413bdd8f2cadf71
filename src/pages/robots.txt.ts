/** robots.txt, pointing crawlers at the sitemap wherever the site is hosted. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', site!.href, import.meta.env.BASE_URL)}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
