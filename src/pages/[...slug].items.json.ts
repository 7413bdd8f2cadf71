/**
 * Beside each twin of a page with checklist items, the Markdown of each item on its own, by id
 * (`/framework/modeling.items.json`), for "Copy as Markdown" on one item
 * (src/features/copy-markdown/copy-markdown.ts). A file apart from the page, loaded on that click only.
 */
import type { APIRoute } from 'astro';
import { contentEntries, contentPages, pathOf } from '../build/site-data.ts';
import { siteTwins } from '../build/site-twins.ts';
import { markdownItemsPath, markdownPath } from '../lib/urls.ts';

export async function getStaticPaths() {
  const withItems = new Set(contentPages().filter((page) => page.anchors.some((anchor) => anchor.kind === 'item')).map((page) => page.path));
  return (await contentEntries())
    .map((entry) => pathOf(entry))
    .filter((path) => withItems.has(path))
    .map((path) => ({ params: { slug: markdownItemsPath(markdownPath(path)).slice(1, -'.items.json'.length) }, props: { path } }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const page = (await siteTwins(site)).pages.find((candidate) => candidate.path === props.path);
  if (!page) throw new Error(`No Markdown twin for ${props.path}.`);
  const items = Object.fromEntries(page.twin.items.map((item) => [item.id, item.markdown]));
  return new Response(JSON.stringify(items), { headers: { 'content-type': 'application/json' } });
};
