/** `/llms-full.txt`: the five stages, the worked examples and the notes in one Markdown file (src/build/llms-txt.ts). */
import type { APIRoute } from 'astro';
import { siteTwins } from '../build/site-twins.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response((await siteTwins(site)).llmsFullTxt, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
