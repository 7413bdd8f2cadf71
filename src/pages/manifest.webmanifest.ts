/** The web app manifest (src/build/web-manifest.ts), linked from every page's head. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { withBase } from '../lib/urls.ts';
import { themeColors, webManifest } from '../build/web-manifest.ts';
import tokens from '../styles/tokens.css?raw';

export const GET: APIRoute = async () => {
  const home = (await getCollection('home'))[0]!.data;
  const manifest = webManifest({ name: home.title, description: home.description, base: withBase('/', import.meta.env.BASE_URL), colors: themeColors(tokens) });
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { 'content-type': 'application/manifest+json' } });
};
