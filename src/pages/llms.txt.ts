/** `/llms.txt`: the site for a language model, as the llms.txt proposal describes (src/build/llms-txt.ts). */
import type { APIRoute } from 'astro';
import { siteTwins } from '../build/site-twins.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response((await siteTwins(site)).llmsTxt, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
