/**
 * "Did you mean …" in the browser. The vocabulary is fetched only when a query's
 * results do not show one of its words, and a correction is offered only when it
 * finds something.
 */
import { correctQuery, missedWords, VOCABULARY_FILE, type Vocabulary } from '../lib/search/vocabulary.ts';
import type { Pagefind, PagefindResultData } from './pagefind.ts';

let vocabulary: Promise<Vocabulary> | undefined;

function loadVocabulary(base: string): Promise<Vocabulary> {
  vocabulary ??= fetch(`${base}${VOCABULARY_FILE}`)
    .then((response) => (response.ok ? (response.json() as Promise<Vocabulary>) : []))
    .catch(() => []);
  return vocabulary;
}

/** The corrected query to offer for `query`, given the results shown for it; undefined when the results are fine. */
export async function suggestionFor(pagefind: Pagefind, base: string, query: string, shown: readonly PagefindResultData[]): Promise<string | undefined> {
  const missed = missedWords(
    query,
    shown.map((result) => result.excerpt),
  );
  if (missed.length === 0) return undefined;
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
