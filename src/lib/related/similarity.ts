/**
 * TF-IDF vectors and cosine similarity over a corpus of documents, with an inverted
 * index so that only documents sharing a distinctive word are ever compared: the cost
 * grows with the corpus times the longest posting list kept, never with all pairs.
 *
 * Weights: a word counts (1 + ln tf) × ln(1 + N / df). A document's title and text are
 * weighed apart, each scaled to length 1, then mixed `titleShare` to the rest, so a long
 * body (an ADR's) cannot drown the few words of its title; the mix is scaled to length 1
 * again, and the score of two documents is the cosine of the angle between them (1: the
 * same words in the same proportions, 0: none shared).
 */
import type { RelatedDocument, RelatedPair } from './documents.ts';
import { tokenize } from './tokenize.ts';
import { daysBetween } from '../time/dates.ts';

export interface SimilarityOptions {
  /** Lowest cosine reported as a pair. */
  threshold: number;
  /** The title's part of a document that has both a title and a text, 0 to 1. */
  titleShare: number;
  /** Fewest distinct indexed words two documents must share: one shared word is a coincidence. */
  minShared: number;
  /** Two reports of a moment (not standing) further apart than this many days are history, not overlap. */
  windowDays: number;
  /** Characters of a document's text read: a pasted document says no more about its topic after this. */
  maxTextChars: number;
}

interface Vector {
  /** Word → weight, length 1 over all words. */
  weights: Map<string, number>;
}

function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of tokenize(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** TF-IDF weights of some counts, scaled to length 1 (empty for no words). */
function unit(counts: Map<string, number>, idf: (word: string) => number): Map<string, number> {
  const weights = new Map<string, number>();
  let norm = 0;
  for (const [word, tf] of counts) {
    const weight = (1 + Math.log(tf)) * idf(word);
    weights.set(word, weight);
    norm += weight * weight;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [word, weight] of weights) weights.set(word, weight / norm);
  return weights;
}

function vector(title: Map<string, number>, text: Map<string, number>, idf: (word: string) => number, titleShare: number): Vector {
  const [t, b] = [unit(title, idf), unit(text, idf)];
  const [wt, wb] = t.size === 0 ? [0, 1] : b.size === 0 ? [1, 0] : [titleShare, 1 - titleShare];
  const weights = new Map<string, number>();
  for (const [word, weight] of t) weights.set(word, wt * weight);
  for (const [word, weight] of b) weights.set(word, (weights.get(word) ?? 0) + wb * weight);
  const norm = Math.sqrt([...weights.values()].reduce((sum, w) => sum + w * w, 0)) || 1;
  for (const [word, weight] of weights) weights.set(word, weight / norm);
  return { weights };
}

/** Whether two documents may form a pair: no team in common, and not too far apart in time. */
function comparable(a: RelatedDocument, b: RelatedDocument, windowDays: number): boolean {
  if (a.teams.some((team) => b.teams.includes(team))) return false;
  return a.standing || b.standing || Math.abs(daysBetween(a.date!, b.date!)) <= windowDays;
}

/**
 * Every pair of comparable documents whose cosine reaches the threshold, best first.
 * Candidates come from the inverted index of words found in 2 to `maxPostings` documents
 * (a word in more is too common to point at a duplicate; it still adds to the score).
 */
export function similarPairs(docs: readonly RelatedDocument[], options: SimilarityOptions): RelatedPair[] {
  const titles = docs.map((doc) => termCounts(doc.title));
  const texts = docs.map((doc) => termCounts(doc.text.slice(0, options.maxTextChars)));
  const counts = docs.map((_, i) => new Set([...titles[i]!.keys(), ...texts[i]!.keys()]));
  const df = new Map<string, number>();
  for (const words of counts) for (const word of words) df.set(word, (df.get(word) ?? 0) + 1);
  const idf = (word: string) => Math.log(1 + docs.length / df.get(word)!);
  const vecs = docs.map((_, i) => vector(titles[i]!, texts[i]!, idf, options.titleShare));
  const maxPostings = Math.max(50, Math.ceil(4 * Math.sqrt(docs.length)));

  const postings = new Map<string, number[]>();
  counts.forEach((words, index) => {
    for (const word of words) {
      const frequency = df.get(word)!;
      if (frequency < 2 || frequency > maxPostings) continue;
      const list = postings.get(word);
      if (list) list.push(index);
      else postings.set(word, [index]);
    }
  });

  const pairs: RelatedPair[] = [];
  for (let i = 0; i < docs.length; i++) {
    const sharedWith = new Map<number, string[]>();
    for (const word of counts[i]!) {
      for (const j of postings.get(word) ?? []) {
        if (j <= i) continue;
        const words = sharedWith.get(j);
        if (words) words.push(word);
        else sharedWith.set(j, [word]);
      }
    }
    for (const [j, shared] of sharedWith) {
      if (shared.length < options.minShared || !comparable(docs[i]!, docs[j]!, options.windowDays)) continue;
      const score = cosine(vecs[i]!, vecs[j]!);
      if (score < options.threshold) continue;
      shared.sort((x, y) => df.get(x)! - df.get(y)! || x.localeCompare(y));
      pairs.push({ a: docs[i]!, b: docs[j]!, score, shared });
    }
  }
  return pairs.sort((x, y) => y.score - x.score || x.a.id.localeCompare(y.a.id) || x.b.id.localeCompare(y.b.id));
}

function cosine(x: Vector, y: Vector): number {
  const [small, large] = x.weights.size <= y.weights.size ? [x.weights, y.weights] : [y.weights, x.weights];
  let dot = 0;
  for (const [word, weight] of small) dot += weight * (large.get(word) ?? 0);
  return dot;
}
