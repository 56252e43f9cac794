import { describe, expect, test } from 'vitest';
import { buildVocabulary, closestWord, correctQuery, typoDistance, type Vocabulary } from '../../src/lib/search/vocabulary.ts';
import { missedWords, normalizeWord, wordsOf } from '../../src/lib/search/words.ts';

describe('the vocabulary of names, titles and tags', () => {
  test('holds each word of four letters or more once, with the number of pages naming it, most named first', () => {
    const vocabulary = buildVocabulary([
      { title: 'Passkeys for warehouse staff on shared devices', tags: ['passkeys', 'security'] },
      { title: 'Passkey sign-in on driver app needs Passkey login' },
      { title: 'Tomáš Novák' },
      { title: 'ADR 0013: outbox', tags: ['2026'] },
    ]);
    expect(vocabulary.map(([word]) => word)).toEqual([
      'devices',
      'driver',
      'login',
      'needs',
      'novak',
      'outbox',
      'passkey',
      'passkeys',
      'security',
      'shared',
      'sign',
      'staff',
      'tomas',
      'warehouse',
    ]);
    expect(vocabulary.every(([, pages]) => pages === 1)).toBe(true);
  });

  test('counts pages, not mentions, and orders by count then alphabetically', () => {
    expect(buildVocabulary([{ title: 'Team Beta: week of 6 Nov' }, { title: 'Team Beta' }, { title: 'Team Alpha' }])).toEqual([
      ['team', 3],
      ['beta', 2],
      ['alpha', 1],
      ['week', 1],
    ]);
  });

  test('words are compared without case, accents or punctuation, and split at dashes', () => {
    expect(normalizeWord("O'Connor")).toBe('oconnor');
    expect(normalizeWord('Tomáš')).toBe('tomas');
    expect(wordsOf('offline-first sync, ADR-13')).toEqual(['offline', 'first', 'sync', 'adr', '13']);
  });
});

describe('did you mean: one typo, where a dropped letter costs half', () => {
  test('distances of the typos readers make', () => {
    expect(typoDistance('outbx', 'outbox')).toBe(0.5); // one letter left out
    expect(typoDistance('pasky', 'passkey')).toBe(1); // two left out
    expect(typoDistance('terrafrom', 'terraform')).toBe(1); // two swapped
    expect(typoDistance('kafkka', 'kafka')).toBe(1); // one extra
    expect(typoDistance('tokyo', 'token')).toBe(2); // two wrong letters: a different word
    expect(typoDistance('outbox', 'outbox')).toBe(0);
  });

  const vocabulary: Vocabulary = [
    ['passkey', 4],
    ['passkeys', 2],
    ['outbox', 4],
    ['terraform', 2],
    ['token', 3],
    ['tokens', 3],
    ['timescale', 2],
  ];

  test('the closest word within one typo, the nearer one first', () => {
    expect(closestWord('pasky', vocabulary)).toBe('passkey');
    expect(closestWord('outbx', vocabulary)).toBe('outbox');
    expect(closestWord('Terrafrom', vocabulary)).toBe('terraform');
  });

  test('no suggestion for a short word, a known word, a prefix of a known word, a number, or nothing near', () => {
    expect(closestWord('tokn', vocabulary)).toBeUndefined(); // under five letters
    expect(closestWord('outbox', vocabulary)).toBeUndefined();
    expect(closestWord('timesc', vocabulary)).toBeUndefined(); // search finds "timescale" by prefix already
    expect(closestWord('00133', vocabulary)).toBeUndefined();
    expect(closestWord('tokyo', vocabulary)).toBeUndefined();
  });

  test('a query is corrected word by word, only where a word was missed, keeping capitals', () => {
    expect(correctQuery('pasky login', vocabulary)).toBe('passkey login');
    expect(correctQuery('Outbx relay', vocabulary, ['outbx'])).toBe('Outbox relay');
    expect(correctQuery('pasky outbx', vocabulary, ['outbx'])).toBe('pasky outbox');
    expect(correctQuery('timescale tokens', vocabulary)).toBeUndefined();
  });
});

describe('a query word the results do not show', () => {
  test('is one no highlighted word starts like, as when Pagefind falls back to a prefix ("outbx" finds "out")', () => {
    const excerpts = ['rolled <mark>out</mark> to every repo', 'a way <mark>out</mark> of the queue'];
    expect(missedWords('outbx', excerpts)).toEqual(['outbx']);
  });

  test('a word found under another ending (stemming), a short word and a number are not missed', () => {
    const excerpts = ['<mark>Passkeys</mark> for warehouse staff', 'good evening to the <mark>Tokyo</mark> <mark>folks</mark>'];
    expect(missedWords('passkey', excerpts)).toEqual([]);
    expect(missedWords('good evening to the Tokyo folks', excerpts)).toEqual(['evening']);
    expect(missedWords('ADR 0013 Tokyo', excerpts)).toEqual([]);
  });

  test('with no results every long word is missed', () => {
    expect(missedWords('pasky terrafrom', [])).toEqual(['pasky', 'terrafrom']);
  });
});
