/**
 * "Did you mean …": a small vocabulary of the words in names, titles and tags, built
 * when the site is built, and the closest of its words to a word a reader mistyped.
 * Body text is left out on purpose: the vocabulary stays small (226 words, 1.2 KB
 * gzipped on the demo handbook) and loads only after a query missed, and a suggestion
 * is always a word that names something in the handbook.
 */
import { MIN_CORRECTED_LENGTH, normalizeWord, wordsOf } from './words.ts';

/** Where the build writes the vocabulary, relative to the site's base. */
export const VOCABULARY_FILE = 'search/vocabulary.json';

/** How far a suggestion may be: one typo, where a dropped letter counts half (see `typoDistance`). */
export const MAX_TYPO_DISTANCE = 1;

/** `[word, how many pages name it]`, most named first; written to `search/vocabulary.json`. */
export type Vocabulary = [word: string, pages: number][];

/** Words worth suggesting: at least 4 letters and not a number ("0013", "2026" are never typos of each other). */
const suggestible = (word: string) => word.length >= 4 && !/^\d+$/.test(word);

/** The vocabulary of a set of pages: every suggestible word of their names, titles and tags, with the number of pages using it. */
export function buildVocabulary(pages: Iterable<{ title: string; tags?: readonly string[] }>): Vocabulary {
  const counts = new Map<string, number>();
  for (const page of pages) {
    const words = new Set([page.title, ...(page.tags ?? [])].flatMap(wordsOf).filter(suggestible));
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].sort(([a, m], [b, n]) => n - m || a.localeCompare(b));
}

/**
 * Edit distance between what was typed and a vocabulary word, where a letter the
 * reader left out costs ½ and any other slip (a wrong letter, an extra letter, two
 * letters swapped) costs 1. Fast typing mostly drops letters, so "pasky" is one typo
 * away from "passkey" (two dropped letters), "outbx" half a typo from "outbox" and
 * "terrafrom" one from "terraform"; "tokyo" stays two from "token".
 */
export function typoDistance(typed: string, word: string): number {
  const rows = typed.length + 1;
  const cols = word.length + 1;
  const d: number[][] = Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
  for (let i = 0; i < rows; i++) d[i]![0] = i;
  for (let j = 0; j < cols; j++) d[0]![j] = j / 2;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const same = typed[i - 1] === word[j - 1];
      let best = Math.min(
        d[i - 1]![j]! + 1, // an extra letter typed
        d[i]![j - 1]! + 0.5, // a letter left out
        d[i - 1]![j - 1]! + (same ? 0 : 1), // a wrong letter
      );
      if (i > 1 && j > 1 && typed[i - 1] === word[j - 2] && typed[i - 2] === word[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[typed.length]![word.length]!;
}

/**
 * The vocabulary word closest to a typed word, if one is within one typo; nearer
 * words win, then words that name more pages. A word already in the vocabulary, a
 * word that begins a vocabulary word (search already finds that by prefix) and short
 * words get no suggestion.
 */
export function closestWord(typed: string, vocabulary: Vocabulary): string | undefined {
  const word = normalizeWord(typed);
  if (word.length < MIN_CORRECTED_LENGTH || /^\d+$/.test(word)) return undefined;
  let best: { word: string; distance: number } | undefined;
  for (const [candidate] of vocabulary) {
    if (candidate === word || candidate.startsWith(word)) return undefined;
    // Cheap bound first: every extra letter costs at least ½, every missing one at least 1.
    if (Math.abs(candidate.length - word.length) > 2 * MAX_TYPO_DISTANCE) continue;
    const distance = typoDistance(word, candidate);
    if (distance <= MAX_TYPO_DISTANCE && (!best || distance < best.distance)) best = { word: candidate, distance };
  }
  return best?.word;
}

/** The query with each missed word (all words if none are given) replaced by its closest vocabulary word, or undefined when nothing changes. */
export function correctQuery(query: string, vocabulary: Vocabulary, missed?: readonly string[]): string | undefined {
  let changed = false;
  const corrected = query
    .trim()
    .split(/\s+/)
    .map((typed) => {
      if (missed && !missed.includes(normalizeWord(typed))) return typed;
      const word = closestWord(typed, vocabulary);
      if (!word) return typed;
      changed = true;
      // Keep the reader's capitals: "Petrva" → "Petrova".
      return /^\p{Lu}/u.test(typed) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
    })
    .join(' ');
  return changed ? corrected : undefined;
}
