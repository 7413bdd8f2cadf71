/**
 * The answer key of "Check your answer" for one worked example, beside its page: every stage's items
 * (id and text), and what this example's answer applies and skips (src/build/answer-key.ts).
 * Fetched only when a rehearsal of the example starts (src/features/rehearsal/rehearsal.ts), so the
 * page itself carries none of it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exampleKey } from '../../../build/answer-key.ts';
import { contentPages, pathOf, siteData, stagesWithItems } from '../../../build/site-data.ts';
import type { AnswerKey } from '../../../features/rehearsal/answer-check.ts';

export const getStaticPaths = (async () => {
  const { entries } = await siteData();
  return entries.examples.map((entry) => ({ params: { slug: entry.id }, props: { path: pathOf(entry), file: entry.filePath ?? entry.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ path: string; file: string }, { slug: string }> = async ({ params, props }) => {
  const stages = await stagesWithItems();
  const pages = contentPages();
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const page = byPath.get(props.path);
  if (!page) throw new Error(`rehearsal.json: ${props.file} is not in the content graph.`);
  const key: AnswerKey = {
    slug: params.slug,
    stages: stages.map((stage) => ({ stage: stage.stage, title: stage.title, href: stage.href, items: stage.items.map(({ id, text }) => ({ id, text })) })),
    example: exampleKey(
      page,
      stages.map((stage) => ({ stage: stage.stage, page: byPath.get(stage.path)! })),
    ),
  };
  return new Response(JSON.stringify(key), { headers: { 'content-type': 'application/json' } });
};
