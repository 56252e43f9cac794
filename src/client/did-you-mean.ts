/** Whether to offer "Did you mean …", decided with every search; the rest loads only when it may be needed. */
import { missedWords } from '../lib/search/words.ts';
import type { Pagefind, PagefindResultData } from './pagefind.ts';

/** The "Did you mean" line for a query and the results shown for it, or nothing. */
export async function didYouMean(
  pagefind: Pagefind,
  base: string,
  query: string,
  shown: readonly PagefindResultData[],
  choose: (query: string) => void,
): Promise<HTMLElement[]> {
  const missed = missedWords(
    query,
    shown.map((result) => result.excerpt),
  );
  if (missed.length === 0) return [];
  const { suggestionFor, suggestionLine } = await import('./search-suggestion.ts');
  const corrected = await suggestionFor(pagefind, base, query, missed);
  return corrected ? [suggestionLine(corrected, choose)] : [];
}
