/** A long list on a page that must stay small: the first few, and a count of the rest for its "N more" link. */
export function capped<T>(items: readonly T[], shown: number): { shown: T[]; more: number; total: number } {
  const n = Math.max(0, Math.floor(shown));
  return { shown: items.slice(0, n), more: Math.max(0, items.length - n), total: items.length };
}

/**
 * Items per card on the home page: a 200-team organization has hundreds of dependencies at
 * risk and proposals open; the card shows the most urgent and links to the page with all.
 */
export const HOME_CARD_SHOWN = 10;

/** Items per section of the weekly review agenda; each team's dependencies page has the rest. */
export const AGENDA_SECTION_SHOWN = 25;
