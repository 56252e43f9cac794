/**
 * Words for comparing texts: lower case, Unicode letters and digits (so "Überblick" is a
 * word too), without stop words, markup names or bare numbers, and with a
 * light stemmer that folds the English endings most likely to separate two phrasings of
 * one topic ("flags"/"flag", "caching"/"cached"); "migration" stays apart from "migrate"
 * on purpose: a stronger stemmer merges too much in short titles.
 */

/** English words too common to say what a text is about, plus the words every handbook entry uses. */
const STOP_WORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does ' +
    'doing down during each few for from further had has have having he her here hers him his how i if in into is it its itself just me more most my ' +
    'no nor not now of off on once only or other our ours out over own same she should so some such than that the their theirs them then there these ' +
    'they this those through to too under until up us very was we were what when where which while who whom why will with would you your yours ' +
    'via per etc e g ie eg let lets get gets got use using used new one two three next week weeks team teams every each any want wants need needs ' +
    'like make makes made still yet already so much many well way first last ' +
    // Markup that survives in Markdown bodies: element and attribute names say nothing about a topic.
    'http https www com org html div span href src img br p li ul ol code pre strong em script style'
  ).split(' '),
);

/** A word of letters and digits; apostrophes inside a word ("team's") are dropped with what follows them. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
/** A bare number (a count, a year, a version) says little; one with a leading zero is an identifier ("ADR 0013") and stays. */
const BARE_NUMBER = /^(?:[1-9]\p{N}*|0\p{N}?)$/u;

/**
 * Folds plural and verb endings, then a final "e", so every form of a word meets at one
 * stem: flags → flag, policies → policy, caching/cached/cache → cach, rolled → roll.
 */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  let base = word;
  if (base.endsWith('ies') && base.length > 4) base = `${base.slice(0, -3)}y`;
  else if (base.endsWith('sses')) base = base.slice(0, -2);
  else if (base.endsWith('s') && !/(ss|us|is|ys)$/.test(base)) base = base.slice(0, -1);
  else if (base.endsWith('ing') && base.length > 5) base = undouble(base.slice(0, -3));
  else if (base.endsWith('ed') && base.length > 4) base = undouble(base.slice(0, -2));
  return base.length > 3 && base.endsWith('e') ? base.slice(0, -1) : base;
}

/** "runn" → "run", "plann" → "plan", but "roll" and "pass" keep their pair. */
function undouble(base: string): string {
  return /([^aeioulsz])\1$/.test(base) ? base.slice(0, -1) : base;
}

/** The words of a text, in order, stop words and numbers left out. */
export function tokenize(text: string): string[] {
  const words: string[] = [];
  for (const match of text.normalize('NFKC').toLowerCase().matchAll(WORD)) {
    const word = match[0].replace(/['’].*$/, '');
    if (word.length < 2 || BARE_NUMBER.test(word) || STOP_WORDS.has(word)) continue;
    words.push(stem(word));
  }
  return words;
}
