/** A long list on a page that must stay small: the first few, and a count of the rest for its "N more" link. */
export function capped<T>(items: readonly T[], shown: number): { shown: T[]; more: number; total: number } {
  const n = Math.max(0, Math.floor(shown));
  return { shown: items.slice(0, n), more: Math.max(0, items.length - n), total: items.length };
}
