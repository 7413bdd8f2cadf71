/**
 * What "Practise with an assistant" builds its prompt from: each worked example's problem and the
 * checklist items its steps apply, and each practice prompt's closest example (src/build/site-twins.ts).
 * Fetched on the first click only (src/features/copy-markdown/copy-markdown.ts).
 */
import type { APIRoute } from 'astro';
import { siteTwins } from '../build/site-twins.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify((await siteTwins(site)).practice), { headers: { 'content-type': 'application/json' } });
