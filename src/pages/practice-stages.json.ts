/**
 * The five stages and their item ids, for practice mode's counts and the timer's stage links.
 * A file of its own, fetched by the practice tools when they load (src/features/practice/practice-page.ts),
 * rather than an attribute on every page: most readers never load the tools, and the list costs
 * about 1 KiB gzip per page.
 */
import type { APIRoute } from 'astro';
import { stagesWithItems } from '../build/site-data.ts';

export const GET: APIRoute = async () => {
  const stages = (await stagesWithItems()).map((stage) => ({
    stage: stage.stage,
    title: stage.title,
    path: stage.path,
    href: stage.href,
    ids: stage.items.map((item) => item.id),
  }));
  return new Response(JSON.stringify(stages), { headers: { 'content-type': 'application/json' } });
};
