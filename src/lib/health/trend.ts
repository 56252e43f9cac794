/** A measure's direction against the previous quarter, said in words as well as by a glyph. */

export type Trend = 'up' | 'down' | 'flat' | 'none';

export function trendOf(value: number | null, previous: number | null): Trend {
  if (value === null || previous === null) return 'none';
  if (Math.abs(value - previous) < 1e-9) return 'flat';
  return value > previous ? 'up' : 'down';
}

/** The arrow and its words, so the trend never depends on seeing the glyph. */
export const TREND_TEXT: Record<Trend, { glyph: string; words: string }> = {
  up: { glyph: '↑', words: 'up on the previous quarter' },
  down: { glyph: '↓', words: 'down on the previous quarter' },
  flat: { glyph: '→', words: 'unchanged from the previous quarter' },
  none: { glyph: '–', words: 'no previous quarter to compare with' },
};

/** True when the last three values fall twice in a row (the worse way for the measure). */
export function fallsTwiceInARow(values: readonly (number | null)[], higherIsBetter: boolean): boolean {
  const last = values.slice(-3);
  if (last.length < 3 || last.some((value) => value === null)) return false;
  const [a, b, c] = (higherIsBetter ? last : last.map((value) => -value!)) as number[];
  return a! > b! && b! > c!;
}

/** The source's advice when a measure keeps falling. */
export const REASSESS_ADVICE = 'If these metrics plateau or decline, reassess: ask the teams what changed before adding another program.';
