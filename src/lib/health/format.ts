/** How a measure's value reads on the page and in chart labels. */
import type { Measure } from './measures.ts';

export function formatValue(unit: Measure['unit'], value: number | null): string {
  if (value === null) return 'no data';
  switch (unit) {
    case 'share':
      return `${Math.round(value * 100)}%`;
    case 'count':
      return String(Math.round(value));
    case 'days':
      return `${Number(value.toFixed(1))} days`;
    case 'mean':
      return String(Number(value.toFixed(2)));
  }
}
