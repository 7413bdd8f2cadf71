/**
 * The search dialog's behaviour: Pagefind loading, results as the reader types, keyboard choice.
 * The header's `<site-search>` bootstrap opens the dialog at once and loads this module on intent,
 * so none of it (or of Pagefind) is downloaded before the reader shows interest in searching.
 */
import { excerptParts, shapeResults, type PagefindResultData, type SearchHit } from '../lib/search-results.ts';
import { hrefWithHighlight, markParts, queryTerms } from '../lib/search-terms.ts';
import { clearHighlights } from './search-landing.ts';
import { withBase } from '../lib/urls.ts';

/** The part of Pagefind's browser API (`pagefind.js`) the dialog uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string): Promise<{ results: Array<{ score: number; data(): Promise<PagefindResultData> }> } | null>;
}

const BASE = import.meta.env.BASE_URL;
/** Pages whose data (Pagefind "fragments") a query loads: enough for the first screen of items. */
const PAGES_PER_QUERY = 5;
/** A one-letter query matches too much to be useful, and would download result data for nothing. */
const MIN_QUERY_LENGTH = 2;

/** Text nodes and `<mark>` elements for text parts. */
const renderParts = (parts: Array<{ text: string; marked: boolean }>) =>
  parts.map((part) => (part.marked ? Object.assign(document.createElement('mark'), { textContent: part.text }) : part.text));

/** The dialog inside a `<site-search>` element; the bootstrap calls `opened` each time it opens it. */
export class SearchDialog {
  #dialog: HTMLDialogElement;
  #input: HTMLInputElement;
  #status: HTMLElement;
  #list: HTMLUListElement;
  #hits: SearchHit[] = [];
  #active = -1;
  #generation = 0;
  #pagefind: Promise<Pagefind | undefined> | undefined;

  constructor(host: HTMLElement) {
    this.#dialog = host.querySelector('dialog')!;
    this.#input = host.querySelector('input')!;
    this.#status = host.querySelector('[role="status"]')!;
    this.#list = host.querySelector('[role="listbox"]')!;
    host.querySelector('.search-close')!.addEventListener('click', () => this.#dialog.close());
    // A click on the backdrop (the dialog box itself, outside the panel) closes.
    this.#dialog.addEventListener('click', (event) => event.target === this.#dialog && this.#dialog.close());
    this.#input.addEventListener('input', () => void this.#search(this.#input.value));
    this.#input.addEventListener('keydown', (event) => this.#onInputKey(event));
    this.#list.addEventListener('pointermove', (event) => {
      const option = (event.target as Element).closest('[role="option"]');
      if (option) this.#setActive(Number((option as HTMLElement).dataset.index));
    });
  }

  /** Loads Pagefind ahead of a search (on hover or focus of the search button). */
  warm() {
    void this.#load();
  }

  /**
   * Called once the bootstrap has shown the dialog (which also gives focus back when it closes).
   * A query typed while this module was loading is searched now.
   */
  opened() {
    if (!this.#dialog.open) return;
    clearHighlights();
    void this.#load();
    if (this.#input.value) void this.#search(this.#input.value);
  }

  /** Loads Pagefind once, from the bundle under the site's base. */
  #load(): Promise<Pagefind | undefined> {
    this.#pagefind ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ withBase('/pagefind/pagefind.js', BASE))) as Pagefind;
      // No web worker: for an index this small, searching takes a few milliseconds on the main
      // thread, and the worker would cost another 12 KiB and its start-up time.
      await pagefind.options({ baseUrl: BASE, excerptLength: 20, excerptEllipsis: '…', noWorker: true });
      await pagefind.init();
      return pagefind;
    })().catch((error: unknown) => {
      console.error('Search could not load Pagefind:', error);
      this.#pagefind = undefined;
      this.#say(
        import.meta.env.DEV
          ? 'Search in dev mode uses the index of the last build, and there is none. Run “npm run build” once, then reload this page.'
          : 'Search could not load. Check your connection and try again.',
      );
      return undefined;
    });
    return this.#pagefind;
  }

  async #search(query: string) {
    const generation = ++this.#generation;
    const trimmed = query.trim();
    if (trimmed.length < MIN_QUERY_LENGTH) {
      this.#render([], '');
      return;
    }
    const pagefind = await this.#load();
    if (!pagefind || generation !== this.#generation) return;
    try {
      void pagefind.preload(trimmed).catch(() => {});
      const search = await pagefind.search(trimmed);
      if (!search || generation !== this.#generation) return;
      const pages = await Promise.all(
        search.results.slice(0, PAGES_PER_QUERY).map(async (result) => ({ score: result.score, data: await result.data() })),
      );
      if (generation !== this.#generation) return;
      this.#render(shapeResults(pages, trimmed), trimmed);
    } catch (error) {
      console.error('Search failed:', error);
      if (generation === this.#generation) this.#say('Search failed to run. Reload the page and try again.');
    }
  }

  #say(message: string) {
    this.#status.textContent = message;
  }

  #render(hits: SearchHit[], query: string) {
    this.#hits = hits;
    const terms = queryTerms(query);
    this.#list.replaceChildren(
      ...hits.map((hit, index) => {
        // The option is the link itself: an option that contains a link would nest two interactive roles.
        const item = document.createElement('li');
        item.setAttribute('role', 'none');
        const link = document.createElement('a');
        link.id = `site-search-option-${index}`;
        link.setAttribute('role', 'option');
        link.dataset.index = String(index);
        link.dataset.kind = hit.kind;
        link.setAttribute('aria-selected', 'false');
        link.href = hrefWithHighlight(hit.url, query);
        link.tabIndex = -1;
        const section = document.createElement('span');
        section.className = 'search-result-section';
        section.textContent = hit.section;
        const title = document.createElement('span');
        title.className = 'search-result-title';
        title.append(...renderParts(markParts(hit.title, terms)));
        const excerpt = document.createElement('span');
        excerpt.className = 'search-result-excerpt';
        excerpt.append(...renderParts(excerptParts(hit.excerpt, hit.title)));
        link.append(...(hit.section ? [section] : []), title, ...(excerpt.childNodes.length > 0 ? [excerpt] : []));
        item.append(link);
        return item;
      }),
    );
    this.#list.dataset.query = query;
    this.#list.hidden = hits.length === 0;
    this.#input.setAttribute('aria-expanded', String(hits.length > 0));
    this.#setActive(-1);
    if (!query) this.#say('');
    else if (hits.length === 0) this.#say(`No results for “${query}”. Try a single word from an item, such as “latency”, “leakage” or “baseline”, or check the spelling.`);
    else this.#say(`${hits.length} result${hits.length === 1 ? '' : 's'} for “${query}”`);
    this.#status.classList.toggle('search-status-empty', !!query && hits.length === 0);
  }

  #options(): HTMLAnchorElement[] {
    return [...this.#list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
  }

  #setActive(index: number) {
    this.#active = index;
    const options = this.#options();
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const active = index >= 0 ? options[index] : undefined;
    if (active) {
      this.#input.setAttribute('aria-activedescendant', active.id);
      active.scrollIntoView({ block: 'nearest' });
    } else {
      this.#input.removeAttribute('aria-activedescendant');
    }
  }

  #onInputKey(event: KeyboardEvent) {
    const count = this.#hits.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (count === 0) return;
      // From the input (no option active), ArrowDown goes to the first result and ArrowUp to the last.
      const next = event.key === 'ArrowDown' ? this.#active + 1 : this.#active <= 0 ? count - 1 : this.#active - 1;
      this.#setActive(next % count);
    } else if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault();
      // Enter before choosing opens the first result.
      const link = this.#options()[Math.max(this.#active, 0)];
      if (!link) return;
      if (event.ctrlKey || event.metaKey) window.open(link.href, '_blank', 'noopener');
      else location.assign(link.href);
    }
  }
}
