/**
 * What makes the site installable: the web app manifest, its icons (rendered at build time from
 * public/favicon.svg, one of them maskable) and the theme colours, read from src/styles/tokens.css
 * so that the installed app's frame matches the page in both themes.
 */
import sharp from 'sharp';
import { withBase } from '../lib/urls.ts';

/** The icons the manifest lists, by file name under `<base>icons/`. */
export const APP_ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'maskable-512.png', size: 512, maskable: true },
] as const;

/** Under the app icon on a home screen, where about 12 characters fit. */
export const SHORT_NAME = 'ML Design';

/** The page background of each theme (`--mf-bg`), which is also the header's. */
export function themeColors(tokensCss: string): { light: string; dark: string } {
  const background = (selector: string) => {
    const block = tokensCss.slice(tokensCss.indexOf(`${selector} {`));
    const value = /--mf-bg:\s*([^;]+);/.exec(block.slice(0, block.indexOf('}')))?.[1]?.trim();
    if (!block.startsWith(selector) || !value) throw new Error(`src/styles/tokens.css has no --mf-bg in its "${selector}" block; the manifest and theme-color need it.`);
    return value;
  };
  return { light: background(':root'), dark: background(":root[data-theme='dark']") };
}

/** The manifest: start URL, scope and icon URLs under `base`, so a sub-path site installs as itself. */
export function webManifest({ name, description, base, colors }: { name: string; description: string; base: string; colors: { light: string } }) {
  return {
    id: base,
    name,
    short_name: SHORT_NAME,
    description,
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: colors.light,
    theme_color: colors.light,
    icons: APP_ICONS.map((icon) => ({
      src: withBase(`/icons/${icon.file}`, base),
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.maskable ? 'maskable' : 'any',
    })),
  };
}

/**
 * A PNG of the site icon. A maskable icon may be cut to any shape inside the central 80% circle,
 * so the icon goes at 80% size onto a full square of its own background colour (the fill of its
 * first shape), which keeps its glyph well inside that circle.
 */
export async function renderIcon(svg: string, size: number, maskable: boolean): Promise<Buffer> {
  const render = (px: number) => sharp(Buffer.from(svg), { density: 300 }).resize(px, px).png().toBuffer();
  if (!maskable) return render(size);
  const background = /<(?:rect|path|circle)\b[^>]*\sfill="(#[0-9a-f]{3,8})"/i.exec(svg)?.[1];
  if (!background) throw new Error('public/favicon.svg: its first shape needs a fill colour (#rgb) for the maskable icon\'s background.');
  const inner = await render(Math.round(size * 0.8));
  return sharp({ create: { width: size, height: size, channels: 4, background } }).composite([{ input: inner }]).png().toBuffer();
}
