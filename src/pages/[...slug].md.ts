/** The Markdown twin of every content page, beside its folder: `/framework/modeling.md` (src/build/site-twins.ts). */
import type { APIRoute } from 'astro';
import { contentEntries, pathOf } from '../build/site-data.ts';
import { siteTwins } from '../build/site-twins.ts';
import { markdownPath } from '../lib/urls.ts';

export async function getStaticPaths() {
  return (await contentEntries()).map((entry) => {
    const path = pathOf(entry);
    return { params: { slug: markdownPath(path).slice(1, -'.md'.length) }, props: { path } };
  });
}

export const GET: APIRoute = async ({ props, site }) => {
  const page = (await siteTwins(site)).pages.find((candidate) => candidate.path === props.path);
  if (!page) throw new Error(`No Markdown twin for ${props.path}.`);
  return new Response(page.twin.markdown, { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
};
