/**
 * Every id of the site and the page it lands on (src/lib/anchor-index.ts), for the notice shown when
 * a link's fragment is on another page. A file of its own, fetched only by that notice.
 */
import type { APIRoute } from 'astro';
import { anchorIndex } from '../lib/anchor-index.ts';
import { kindOfFile, placeLabel } from '../lib/page-kinds.ts';
import { contentPages, siteData } from '../build/site-data.ts';

export const GET: APIRoute = async () => {
  const { stages } = await siteData();
  const pages = contentPages().map((page) => {
    const stage = stages.find((s) => s.path === page.path);
    const title = page.title ?? page.path;
    return { path: page.path, label: placeLabel(kindOfFile(page.relative).search, title, stage?.stage), anchors: page.anchors };
  });
  return new Response(JSON.stringify(anchorIndex(pages)), { headers: { 'content-type': 'application/json' } });
};
