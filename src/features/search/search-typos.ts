/**
 * "Did you mean …?" for the search dialog, loaded by it only when a query has a word that matched
 * nothing: this code and the site's word list (pagefind/vocabulary.json) cost nothing otherwise.
 */
import { isClear, knownTerm, replaceWord, suggestWords, type Vocabulary } from './search-suggest.ts';
import type { SearchTerm } from './search-terms.ts';
import { withBase } from '../../lib/urls.ts';

let vocabulary: Promise<Vocabulary> | undefined;

/** What to offer for a query with words the site does not contain. */
export interface Corrections {
  /** The query with each unknown word replaced, when every replacement is clearly the one meant. */
  clear: string | undefined;
  /** Queries to offer as "Did you mean …?", each with the first unknown word replaced by one suggestion. */
  options: string[];
}

/**
 * The corrections for the terms of `query` that no loaded result contained; a term the site has
 * after all (on a page the query did not read) is no typo. Rejects when the word list cannot load.
 */
export async function corrections(query: string, unmatched: readonly SearchTerm[]): Promise<Corrections> {
  vocabulary ??= fetch(withBase('/pagefind/vocabulary.json', import.meta.env.BASE_URL)).then((response) => {
    if (!response.ok) throw new Error(`vocabulary.json: HTTP ${response.status}`);
    return response.json() as Promise<Vocabulary>;
  });
  const words = await vocabulary.catch((error: unknown) => {
    vocabulary = undefined;
    throw error;
  });
  const fixes = unmatched.filter((term) => !knownTerm(term, words)).map((term) => ({ term, suggestions: suggestWords(term.typed, words) }));
  /** The query with the first fixable word replaced by `word`, and every other unknown word by its best suggestion. */
  const rewrite = (first: (typeof fixes)[number] | undefined, word?: string) =>
    fixes.reduce((text, fix) => replaceWord(text, fix.term.typed, fix === first ? word! : (fix.suggestions[0]?.word ?? fix.term.typed)), query);
  const first = fixes.find((fix) => fix.suggestions.length > 0);
  return {
    clear: fixes.length > 0 && fixes.every((fix) => isClear(fix.suggestions)) ? rewrite(undefined) : undefined,
    options: first ? first.suggestions.map((s) => rewrite(first, s.word)) : [],
  };
}

/** "Did you mean a, b or c?" with each suggestion a button whose `data-query` the dialog searches when clicked. */
export function didYouMean(options: readonly string[]): Array<string | HTMLButtonElement> {
  const nodes: Array<string | HTMLButtonElement> = ['Did you mean '];
  options.forEach((option, index) => {
    if (index > 0) nodes.push(index === options.length - 1 ? ' or ' : ', ');
    const button = Object.assign(document.createElement('button'), { type: 'button', className: 'search-suggestion', textContent: option });
    button.dataset.query = option;
    nodes.push(button);
  });
  nodes.push('?');
  return nodes;
}
