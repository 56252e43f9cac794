/**
 * "Did you mean …" in the browser, loaded by did-you-mean.ts only when a query's
 * results do not show one of its words. A correction is offered only when it finds
 * something.
 */
import { correctQuery, VOCABULARY_FILE, type Vocabulary } from '../lib/search/vocabulary.ts';
import type { Pagefind } from './pagefind.ts';

let vocabulary: Promise<Vocabulary> | undefined;

function loadVocabulary(base: string): Promise<Vocabulary> {
  vocabulary ??= fetch(`${base}${VOCABULARY_FILE}`)
    .then((response) => (response.ok ? (response.json() as Promise<Vocabulary>) : []))
    .catch(() => []);
  return vocabulary;
}

/** The corrected query to offer for `query`, whose `missed` words the results did not show; undefined when there is none. */
export async function suggestionFor(pagefind: Pagefind, base: string, query: string, missed: readonly string[]): Promise<string | undefined> {
  const corrected = correctQuery(query, await loadVocabulary(base), missed);
  if (!corrected) return undefined;
  const check = await pagefind.search(corrected);
  return check && check.results.length > 0 ? corrected : undefined;
}

/** "Did you mean <button>passkey</button>?"; choosing it runs `choose` with the corrected query. */
export function suggestionLine(corrected: string, choose: (query: string) => void): HTMLParagraphElement {
  const line = document.createElement('p');
  line.className = 'search-suggestion';
  line.dataset.searchSuggestion = corrected;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'link-button';
  button.textContent = corrected;
  button.addEventListener('click', () => choose(corrected));
  line.append('Did you mean ', button, '?');
  return line;
}
