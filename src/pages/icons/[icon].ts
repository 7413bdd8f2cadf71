/** The app icons the manifest lists, rendered from public/favicon.svg at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { APP_ICONS, renderIcon } from '../../build/web-manifest.ts';
import favicon from '../../../public/favicon.svg?raw';

export const getStaticPaths = (() => APP_ICONS.map((icon) => ({ params: { icon: icon.file }, props: icon }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { size, maskable } = props as (typeof APP_ICONS)[number];
  return new Response(new Uint8Array(await renderIcon(favicon, size, maskable)), { headers: { 'content-type': 'image/png' } });
};
