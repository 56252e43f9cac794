/**
 * Bidirectional-text controls that reorder what follows them: embeddings and overrides
 * (U+202A–U+202E) and isolates (U+2066–U+2069). A name with an unclosed right-to-left
 * override would otherwise reverse the rest of the line it appears in ("Trojan Source").
 * Right-to-left names need none of them (the browser orders their letters itself), and
 * the marks U+200E/U+200F, which reorder nothing, are kept.
 */
const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls(text: string): string {
  return text.replace(CONTROLS, '');
}

/** The same value with every string in it (at any depth) stripped of bidi controls; dates and numbers as they are. */
export function withoutBidiControls<T>(value: T): T {
  if (typeof value === 'string') return stripBidiControls(value) as T;
  if (Array.isArray(value)) return value.map(withoutBidiControls) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, withoutBidiControls(field)])) as T;
  }
  return value;
}
