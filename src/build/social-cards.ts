/**
 * Social cards as images: every card the site links (one per page; share pages show their page's) (src/lib/social-cards.ts decides which, and
 * their words), drawn as a 1200 × 630 PNG in the site's light theme. satori lays out the text with
 * a font bundled from npm (Inter, @fontsource/inter's WOFF: satori reads WOFF, not WOFF2), so
 * every machine draws the same image, and sharp (already used for the app icons) turns satori's
 * SVG into a PNG.
 *
 * Cards are cached by content in node_modules/.cache/social-cards/: the file name is a hash of the
 * card's words and of everything that draws it (this file, the fonts, the colours), so a rebuild
 * that changes one item draws one card, and a change of design draws them all.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Font } from 'satori';
import { readContent } from '../markdown/content-graph.ts';
import { kindOfFile, KINDS } from '../lib/page-kinds.ts';
import { CARD_SIZE, pageCard, type CardSpec } from '../lib/social-cards.ts';
import { STRINGS } from '../lib/strings.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);
const fontFile = (weight: 400 | 700) => require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`);

/** Pages that come from neither content files nor the kinds' table; their routes say the same titles (the build checks). */
const OTHER_PAGES = [{ path: '/cheatsheet/', title: 'Cheat sheet' }];

/** Every card the built site links: one per page. */
export function allCards(contentDir = path.join(ROOT, 'content')): Card[] {
  const pages = readContent(contentDir);
  const home = pages.find((page) => page.path === '/');
  if (!home?.title) throw new Error('content/index.mdx has no title: the social cards name the site with it.');
  const siteTitle = home.title;
  const cards = [
    ...pages.map((page) => pageCard({ path: page.path, title: page.title ?? page.path, kind: kindOfFile(page.relative), stage: page.stage }, siteTitle)),
    ...KINDS.flatMap((kind) => (kind.index ? [pageCard({ path: kind.index.path, title: STRINGS.index[kind.collection as keyof typeof STRINGS.index].title }, siteTitle)] : [])),
    ...OTHER_PAGES.map((page) => pageCard(page, siteTitle)),
  ];
  return cards.map((card): Card => ({ ...card, site: siteTitle }));
}

/** The light theme's colours, read from src/styles/tokens.css so that the cards follow the site. */
function lightColors(): Record<'bg' | 'surface' | 'text' | 'muted' | 'accent' | 'border', string> {
  const tokens = readFileSync(path.join(ROOT, 'src/styles/tokens.css'), 'utf8');
  const root = tokens.slice(tokens.indexOf(':root {'));
  const block = root.slice(0, root.indexOf('}'));
  const color = (name: string) => {
    const value = new RegExp(`--mf-${name}:\\s*(#[0-9a-f]{6});`, 'i').exec(block)?.[1];
    if (!value) throw new Error(`src/styles/tokens.css has no --mf-${name} colour in its ":root" block; the social cards need it.`);
    return value;
  };
  return { bg: color('bg'), surface: color('surface'), text: color('text'), muted: color('muted'), accent: color('accent'), border: color('border') };
}

/** What draws a card besides its words: the renderer's source, the fonts and the colours. A change to any draws every card anew. */
function designKey(): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  for (const weight of [400, 700] as const) hash.update(readFileSync(fontFile(weight)));
  hash.update(JSON.stringify(lightColors()));
  hash.update(readFileSync(path.join(ROOT, 'public/favicon.svg')));
  return hash.digest('hex');
}

/** A card with the site's name, as the renderer takes it. */
export type Card = CardSpec & { site: string };

/** The cache file name of a card: a hash of its words and of the design. */
export function cardKey(card: Card, design: string): string {
  return createHash('sha256').update(design).update(JSON.stringify([card.label ?? '', card.title, card.site])).digest('hex').slice(0, 32);
}

/** The folder of cached cards. */
export const CACHE_DIR = path.join(ROOT, 'node_modules/.cache/social-cards');

type Node = { type: string; props: Record<string, unknown> & { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown, props: Record<string, unknown> = {}): Node => ({ type, props: { ...props, style, children } });

// The card's left and right margin, its bottom margin, and the logo's size, in pixels.
const MARGIN = 80;
const BOTTOM = 48;
const LOGO = 56;

/** A title size that fits the text in at most four lines at 1200 px. */
function titleSize(text: string): number {
  if (text.length <= 40) return 76;
  if (text.length <= 70) return 64;
  if (text.length <= 110) return 54;
  return 46;
}

/**
 * Draws cards: satori's layout, then sharp's PNG. One instance per worker; the fonts are read once.
 * satori and sharp are loaded here, not with the module: the build's main thread imports this
 * module for the card list and keys only, and loading satori there cost it some 100 ms.
 */
export async function cardRenderer() {
  const [{ default: satori }, { default: sharp }] = await Promise.all([import('satori'), import('sharp')]);
  const fonts: Font[] = ([400, 700] as const).map((weight) => ({ name: 'Inter', data: readFileSync(fontFile(weight)), weight, style: 'normal' }));
  const colors = lightColors();
  // Laid over the drawn card rather than drawn in it: as an image inside satori's SVG, the logo
  // cost a third of each card's time.
  const logo = sharp(readFileSync(path.join(ROOT, 'public/favicon.svg'))).resize(LOGO, LOGO).png().toBuffer();
  return async (card: Card): Promise<Buffer> => {
    const title = card.title.length > 160 ? `${card.title.slice(0, 157).replace(/\s+\S*$/, '')}…` : card.title;
    const inner = CARD_SIZE.width - 2 * MARGIN;
    const tree = el(
      'div',
      { width: CARD_SIZE.width, height: CARD_SIZE.height, display: 'flex', flexDirection: 'column', fontFamily: 'Inter', color: colors.text, background: colors.bg },
      [
        // A bar in the accent colour, then margins rather than padding: satori adds a box's border
        // and padding to its fixed size, which pushed the foot off the card.
        el('div', { width: CARD_SIZE.width, height: 18, background: colors.accent }),
        el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, width: inner, margin: `54px ${MARGIN}px 0` }, [
          ...(card.label ? [el('div', { fontSize: 34, fontWeight: 700, color: colors.accent }, card.label)] : []),
          el('div', { marginTop: card.label ? 24 : 40, fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.15, letterSpacing: -0.5 }, title),
        ]),
        el('div', { display: 'flex', alignItems: 'center', width: inner, margin: `0 ${MARGIN}px ${BOTTOM}px`, paddingTop: 28, borderTop: `2px solid ${colors.border}` }, [
          el('div', { width: LOGO, height: LOGO }),
          // The home page's card has the site's name as its title already.
          ...(card.title === card.site ? [] : [el('div', { marginLeft: 20, fontSize: 32, color: colors.muted }, card.site)]),
        ]),
      ],
    );
    const svg = await satori(tree as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts });
    // Level 6 without palette reduction: palette quantising made cards a third the size but cost
    // five times as long to draw.
    return sharp(Buffer.from(svg))
      .composite([{ input: await logo, left: MARGIN, top: CARD_SIZE.height - BOTTOM - LOGO }])
      .png({ compressionLevel: 6 })
      .toBuffer();
  };
}

/** The cards not in the cache yet. */
export function missingCards(cards: Card[], design: string): Card[] {
  return cards.filter((card) => !existsSync(path.join(CACHE_DIR, `${cardKey(card, design)}.png`)));
}

/** Draws the cards not in the cache yet, into the cache; returns how many it drew. */
export async function drawMissing(cards: Card[], design = designKey()): Promise<number> {
  await mkdir(CACHE_DIR, { recursive: true });
  const missing = missingCards(cards, design);
  if (missing.length === 0) return 0;
  const draw = await cardRenderer();
  for (const card of missing) {
    const file = path.join(CACHE_DIR, `${cardKey(card, design)}.png`);
    // Written aside, then renamed: a build stopped mid-write leaves no half card in the cache.
    await writeFile(`${file}.${process.pid}`, await draw(card));
    await rename(`${file}.${process.pid}`, file);
  }
  return missing.length;
}

export { designKey };
