/**
 * Social cards: the 1200 × 630 image a link preview shows, one for every page (share pages show their page's),
 * made at build time (src/build/social-cards.ts) from what is decided here: its path under
 * `/cards/`, its words (a small label above, the title) and its alt text. A page's `og:image` and
 * the build's list of cards both come from these functions, so they cannot disagree.
 */
import type { PageKind } from './page-kinds.ts';
import type { SharePage } from './share-pages.ts';
import { STRINGS } from './strings.ts';

export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** The folder of every card (site path, without base); the offline copy leaves it out. */
export const CARD_ROOT = '/cards/';

/** One card: where it is served, and its words. */
export interface CardSpec {
  /** Site path without base: `/cards/framework/modeling.png`. */
  path: string;
  /** The small line above the title ("Stage 4", "Stage 4: Modeling"); none for the home page. */
  label?: string;
  title: string;
}

/** The card of a page path: `/` → `/cards/index.png`, `/framework/modeling/` → `/cards/framework/modeling.png`. */
export function cardPath(pagePath: string): string {
  const name = pagePath.split('/').filter(Boolean).join('/');
  return `${CARD_ROOT}${name || 'index'}.png`;
}

/** What the card shows, for a reader who cannot see it (og:image:alt). */
export function cardAlt(card: CardSpec): string {
  return card.label ? `${card.label} · ${card.title}` : card.title;
}

/** The card of a page: its title, under its kind ("Stage 4", "Note"). A page without a path (404) gets the home page's. */
export function pageCard(page: { path?: string | undefined; title: string; kind?: PageKind | undefined; stage?: number | undefined }, siteTitle: string): CardSpec {
  if (!page.path) return { path: cardPath('/'), title: siteTitle };
  const labels: Record<string, string> = STRINGS.share.place;
  const collection = page.kind?.collection;
  const label = collection === 'framework' && page.stage !== undefined ? `${labels.framework} ${page.stage}` : collection ? labels[collection] : undefined;
  return label ? { path: cardPath(page.path), label, title: page.title } : { path: cardPath(page.path), title: page.title };
}

/**
 * The card of a share page: its page's card; the preview's title and description name the item.
 * A card for each item and step (some 330 more) drew too long: a clean build took 1.4 to 1.8
 * times as long as without cards, against a budget of 1.3 (README, "Share one item").
 */
export function shareCard(share: SharePage, siteTitle: string): CardSpec {
  return pageCard(share.page, siteTitle);
}
