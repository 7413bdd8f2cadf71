/**
 * The search dialog's behaviour: Pagefind loading, results as the reader types, keyboard choice.
 * The header's `<site-search>` bootstrap opens the dialog at once and loads this module on intent,
 * so none of it (or of Pagefind) is downloaded before the reader shows interest in searching.
 */
import { anyWordResults, chooseRecords, topicWords, type Answers } from './search-choice.ts';
import { excerptParts, shapeResults, type PagefindResultData, type SearchHit } from './search-results.ts';
import { hrefWithHighlight, looksLikeMarkup, markParts, MIN_PREFIX, searchTerms, type SearchTerm } from './search-terms.ts';
import type { Corrections } from './search-typos.ts';
import { clearHighlights } from './search-marks.ts';
// Bundled on its own and loaded by URL, only when a query has a word that matched nothing.
import typosUrl from './search-typos.ts?script-url';
import { withBase } from '../../lib/urls.ts';
import { chunksFor, INDEX_CHUNKS_FILE } from './search-index.ts';

/** One result of Pagefind's browser API: a record (an item, a heading's section or a page's start). */
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

/** The part of Pagefind's browser API (`pagefind.js`) the dialog uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] } | null>;
  /** Loads the index chunk a word sorts into, without searching. */
  preload(term: string): Promise<void>;
}

const BASE = import.meta.env.BASE_URL;
/** A one-letter query matches too much to be useful, and would download result data for nothing. */
const MIN_QUERY_LENGTH = 2;
/** The status line quotes a query up to this many characters. */
const QUOTE_LENGTH = 40;

/** Text nodes and `<mark>` elements for text parts. */
const renderParts = (parts: Array<{ text: string; marked: boolean }>) =>
  parts.map((part) => (part.marked ? Object.assign(document.createElement('mark'), { textContent: part.text }) : part.text));

/** A query quoted for the status line, shortened when long. */
const quote = (query: string) => `“${query.length > QUOTE_LENGTH ? `${query.slice(0, QUOTE_LENGTH - 1).trimEnd()}…` : query}”`;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

type TyposModule = typeof import('./search-typos.ts');

/** What a query found: its hits, how many of the records that matched were read, and whether none held every word. */
interface Found {
  hits: SearchHit[];
  unmatched: SearchTerm[];
  recordsRead: number;
  recordsMatched: number;
  partial: boolean;
}

/** How to search a query again at the reader's request (see `SearchDialog.#search`). */
interface SearchHow {
  more?: boolean;
  asTyped?: boolean;
}

/** The dialog inside a `<site-search>` element; the bootstrap calls `opened` each time it opens it. */
export class SearchDialog {
  #dialog: HTMLDialogElement;
  #input: HTMLInputElement;
  #status: HTMLElement;
  #list: HTMLUListElement;
  #hits: SearchHit[] = [];
  #suggestions: string[] = [];
  #active = -1;
  #generation = 0;
  #ready = false;
  #pagefind: Promise<Pagefind | undefined> | undefined;
  #engine: Promise<Pagefind> | undefined;
  /** Where each chunk of the word index starts (pagefind/index-chunks.json). */
  #chunkStarts: readonly string[] = [];
  #typos: Promise<TyposModule> | undefined;
  /** The search of what the input holds now; Enter waits for it. */
  #searching: Promise<void> = Promise.resolve();

  constructor(host: HTMLElement) {
    this.#dialog = host.querySelector('dialog')!;
    this.#input = host.querySelector('input')!;
    this.#status = host.querySelector('[role="status"]')!;
    this.#list = host.querySelector('[role="listbox"]')!;
    host.querySelector('.search-close')!.addEventListener('click', () => this.#dialog.close());
    // A click on the backdrop (the dialog box itself, outside the panel) closes.
    this.#dialog.addEventListener('click', (event) => event.target === this.#dialog && this.#dialog.close());
    this.#input.addEventListener('input', () => this.#run(this.#input.value));
    this.#input.addEventListener('keydown', (event) => this.#onInputKey(event));
    this.#status.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button');
      if (button?.dataset.query !== undefined) this.#take(button.dataset.query);
      else if (button?.dataset.more !== undefined) this.#again(button.dataset.more, { more: true });
      else if (button?.dataset.typed !== undefined) this.#again(button.dataset.typed, { asTyped: true });
    });
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
    if (this.#input.value) this.#run(this.#input.value);
  }

  /** Loads Pagefind once, from the bundle under the site's base, with the list of where its index chunks start. */
  #load(): Promise<Pagefind | undefined> {
    this.#pagefind ??= (async () => {
      // Kept once it has loaded: Pagefind takes its options only before its first init, so a retry
      // after the chunk list failed must not set them again.
      this.#engine ??= (async () => {
        const pagefind = (await import(/* @vite-ignore */ withBase('/pagefind/pagefind.js', BASE))) as Pagefind;
        // No web worker: for an index this small, searching takes a few milliseconds on the main
        // thread, and the worker would cost another 12 KiB and its start-up time.
        await pagefind.options({ baseUrl: BASE, excerptLength: 20, excerptEllipsis: '…', noWorker: true });
        await pagefind.init();
        return pagefind;
      })().catch((error: unknown) => {
        this.#engine = undefined;
        throw error;
      });
      const [pagefind, starts] = await Promise.all([
        this.#engine,
        fetch(withBase(`/pagefind/${INDEX_CHUNKS_FILE}`, BASE)).then((response) =>
          response.ok ? (response.json() as Promise<string[]>) : Promise.reject(new Error(`${response.url}: HTTP ${response.status}`)),
        ),
      ]);
      this.#chunkStarts = starts;
      // No index loaded here: it comes in small chunks by word (src/features/search/search-index.ts), and each
      // query loads the ones it needs (#find).
      this.#ready = true;
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

  /**
   * Runs one query through Pagefind and shapes its results; see search-choice.ts for the records
   * it reads. Resolves undefined, without loading any record's data, when a newer query came
   * while Pagefind searched.
   */
  async #find(pagefind: Pagefind, query: string, generation: number, more = false): Promise<Found | undefined> {
    const terms = searchTerms(query);
    // Pagefind matches every word as a prefix. For a lone word that must match whole ("ab",
    // "auc "), its exact search names the records that hold the word itself, and only those are
    // read; the prefix search still gives their sub-results (exact search gives only the first).
    const lone = terms.length === 1 && !terms[0]!.prefix ? terms[0]! : undefined;
    const framework = { filters: { kind: 'framework' } };
    // Pagefind loads one index chunk per word: first load every chunk a word's matches are in
    // (a prefix can run across a chunk boundary; see search-index.ts).
    const chunks = new Set(terms.flatMap((term) => chunksFor(term.typed, this.#chunkStarts)));
    await Promise.all([...chunks].map((start) => pagefind.preload(start)));
    if (generation !== this.#generation) return undefined;
    const [all, frameworkOnly, exact] = await Promise.all([
      pagefind.search(query),
      pagefind.search(query, framework),
      lone ? pagefind.search(`"${lone.typed}"`) : undefined,
    ]);
    if (generation !== this.#generation) return undefined;
    const results = (found: { results: PagefindResult[] } | null | undefined) => found?.results ?? [];
    let answers: Answers<PagefindResult> = { all: results(all), framework: results(frameworkOnly), exact: exact ? results(exact) : undefined };
    let partial = false;
    let shaped = query;
    if (answers.all.length === 0 && terms.length > 1) {
      // No record holds every word (a whole question typed): read those that hold the most of its topic words.
      const topics = topicWords(terms);
      const each = await Promise.all(topics.map((term) => Promise.all([pagefind.search(term.typed), pagefind.search(term.typed, framework)])));
      if (generation !== this.#generation) return undefined;
      answers = { all: anyWordResults(each.map(([any]) => results(any))), framework: anyWordResults(each.map(([, item]) => results(item))) };
      partial = answers.all.length > 0;
      // The last word is still a prefix being typed only when it is a topic word.
      shaped = `${topics.map((term) => term.typed).join(' ')}${topics.at(-1) === terms.at(-1) && !/\s$/.test(query) ? '' : ' '}`;
    }
    const { read, matched } = chooseRecords(answers, more);
    const records = await Promise.all(read.map(async (result) => ({ score: result.score, data: await result.data() })));
    const { hits, unmatched } = shapeResults(records, shaped);
    return { hits, unmatched, recordsRead: records.length, recordsMatched: matched, partial };
  }

  #run(query: string, how: SearchHow = {}) {
    this.#searching = this.#search(query, how);
  }

  /**
   * Searches `query` and shows its results; `how.more` reads more of the matching records (the
   * reader asked for more results), `how.asTyped` offers spelling suggestions but never shows another
   * word's results (the reader asked for the words they typed).
   */
  async #search(query: string, { more = false, asTyped = false }: SearchHow = {}) {
    const generation = ++this.#generation;
    const trimmed = query.trim();
    if (trimmed.length < MIN_QUERY_LENGTH) {
      this.#render([], '');
      return;
    }
    if (!this.#ready) this.#busy(true, 'Loading search…');
    const pagefind = await this.#load();
    if (!pagefind || generation !== this.#generation) return;
    try {
      const found = await this.#find(pagefind, query, generation, more);
      if (!found || generation !== this.#generation) return;
      // How many records Pagefind matched, for the test that chunk edges lose none (e2e/search.spec.ts).
      this.#list.dataset.matches = String(found.recordsMatched);
      if (found.hits.length > 0 && (found.unmatched.length === 0 || asTyped)) {
        this.#render(found.hits, trimmed, this.#countText(found, trimmed));
        if (!more) this.#offerMore(found, query);
        return;
      }
      // Some word matched nothing: no results, and the closest words the site has instead.
      // Words under three letters are not corrected: "la" on the way to "latency" is no typo; nor
      // is any word of a query holding markup or code.
      const correctable = looksLikeMarkup(trimmed) ? [] : found.unmatched.filter((term) => term.typed.length >= MIN_PREFIX);
      let fixes: Corrections = { clear: undefined, options: [] };
      let typos: TyposModule | undefined;
      if (correctable.length > 0) {
        try {
          this.#typos ??= import(/* @vite-ignore */ typosUrl) as Promise<TyposModule>;
          typos = await this.#typos;
          fixes = await typos.corrections(trimmed, correctable);
        } catch (error) {
          console.error('Search could not load its spelling suggestions:', error);
          this.#typos = undefined;
          if (generation === this.#generation) this.#render([], trimmed, `No results for ${quote(trimmed)}. Spelling suggestions could not load: check your connection and try again.`);
          return;
        }
      }
      if (generation !== this.#generation) return;
      if (fixes.clear && !asTyped) {
        const again = await this.#find(pagefind, fixes.clear, generation);
        if (!again || generation !== this.#generation) return;
        if (again.hits.length > 0 && again.unmatched.length === 0) {
          // Another word's results, said so, with the words typed a click away.
          this.#render(again.hits, fixes.clear, `No results for ${quote(trimmed)}. Showing ${this.#countText(again, fixes.clear)}.`);
          this.#status.append(' ', this.#button(`Search for ${quote(trimmed)} as typed`, { typed: query }));
          return;
        }
      }
      this.#render([], trimmed, undefined, fixes.options);
      if (typos && fixes.options.length > 0) this.#status.append(' ', ...typos.didYouMean(fixes.options));
    } catch (error) {
      console.error('Search failed:', error);
      if (generation === this.#generation) this.#say('Search failed to run. Reload the page and try again.');
    }
  }

  /**
   * "3 results for “latency”", and when no record held every word, says so. A count of the results
   * shown only: a match Pagefind found may still fail this site's rules, so its matches are no
   * count of results (when some were not read, #offerMore offers them).
   */
  #countText(found: Found, query: string): string {
    return `${plural(found.hits.length, 'result')} for ${quote(query)}${found.partial ? ', none with every word' : ''}`;
  }

  /** When the query matched records it did not read, a "Show more results" button after the count. */
  #offerMore(found: Found, query: string) {
    if (found.recordsRead < found.recordsMatched) this.#status.append(' ', this.#button('Show more results', { more: query }));
  }

  /** A button in the status line; its data names what a click searches (see the constructor). */
  #button(text: string, data: Record<string, string>): HTMLButtonElement {
    const button = Object.assign(document.createElement('button'), { type: 'button', className: 'search-suggestion', textContent: text });
    Object.assign(button.dataset, data);
    return button;
  }

  /** Searches the query again, another way, keeping the focus in the field (the button clicked goes away). */
  #again(query: string, how: SearchHow) {
    this.#input.focus();
    if (this.#input.value === query) this.#run(query, how);
  }

  /** Takes a suggestion: it becomes the query, searched at once. */
  #take(query: string) {
    this.#input.value = query;
    this.#input.focus();
    this.#run(query);
  }

  #busy(busy: boolean, message?: string) {
    this.#list.toggleAttribute('aria-busy', busy);
    if (message !== undefined) this.#say(message);
  }

  #say(message: string) {
    this.#status.textContent = message;
  }

  #render(hits: SearchHit[], query: string, status?: string, suggestions: string[] = []) {
    this.#hits = hits;
    this.#suggestions = suggestions;
    this.#busy(false);
    const terms = searchTerms(query);
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
        excerpt.append(...renderParts(excerptParts(hit.excerpt, hit.title, terms)));
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
    else if (hits.length > 0 || status) this.#say(status ?? `${plural(hits.length, 'result')} for ${quote(query)}`);
    else if (suggestions.length > 0) this.#say(`No results for ${quote(query)}.`);
    else this.#say(`No results for ${quote(query)}. Try a single word from an item, such as “latency”, “leakage” or “baseline”, or check the spelling.`);
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
    }
  }

  /**
   * Enter in the field, passed on by the bootstrap (which has it even before this module loads).
   * A reader who types fast presses Enter before the results for the last letters are shown, or
   * before Pagefind has loaded: Enter acts on the results for what is typed, once they are in,
   * never on the previous query's. Typing on meanwhile cancels it.
   */
  enter(event: KeyboardEvent) {
    if (event.isComposing) return;
    const generation = this.#generation;
    void this.#searching.then(() => generation === this.#generation && this.#choose(event.ctrlKey || event.metaKey));
  }

  /** Enter: opens the chosen result, or the first; with no results and one suggestion, takes it. */
  #choose(newTab: boolean) {
    const link = this.#options()[Math.max(this.#active, 0)];
    if (!link) {
      if (this.#suggestions.length === 1) this.#take(this.#suggestions[0]!);
      return;
    }
    if (newTab) window.open(link.href, '_blank', 'noopener');
    else location.assign(link.href);
  }
}
