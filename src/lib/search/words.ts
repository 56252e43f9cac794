/**
 * Words as search compares them, and the test for "the results do not show this
 * word", which decides whether "Did you mean" is worth fetching the vocabulary for.
 * Small on purpose: the search dialog loads it with every search; the vocabulary and
 * the edit distance (vocabulary.ts) load only when needed.
 */

/** Words shorter than this are never corrected: too many short words are one edit apart. */
export const MIN_CORRECTED_LENGTH = 5;

/** Lower case, accents removed, letters and digits only: "Tomáš" → "tomas", "O'Connor" → "oconnor". */
export function normalizeWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The words of a text as search sees them: split on spaces and dashes, normalized, empty ones dropped. */
export function wordsOf(text: string): string[] {
  return text
    .split(/[\s\p{Pd}/]+/u)
    .map(normalizeWord)
    .filter(Boolean);
}

/**
 * The query's words of correctable length that the results do not show. An unknown
 * word still finds pages: Pagefind falls back to its longest known prefix ("outbx"
 * finds pages that say "out"), so "found nothing" is judged by the highlighted words
 * of the excerpts (`<mark>…</mark>`), not by the count. A word counts as shown when a
 * highlighted word starts like it (all but its last letters, which stemming may change).
 */
export function missedWords(query: string, excerpts: readonly string[]): string[] {
  const marked = excerpts.flatMap((excerpt) => [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].flatMap((match) => wordsOf(match[1]!)));
  return wordsOf(query).filter((word) => {
    if (word.length < MIN_CORRECTED_LENGTH || /^\d+$/.test(word)) return false;
    const stem = word.slice(0, Math.max(MIN_CORRECTED_LENGTH - 1, word.length - 2));
    return !marked.some((mark) => mark.startsWith(stem));
  });
}
