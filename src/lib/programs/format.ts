/** How a program's days read: `16–29 Nov 2026`, `30 Nov – 13 Dec 2026`, `28 Dec 2026 – 10 Jan 2027`. */
import { formatDate } from '../time/format.ts';
import type { DaySpan } from './spans.ts';

export function formatSpan(span: DaySpan): string {
  const [from, to] = [formatDate(span.start), formatDate(span.last)];
  if (span.start === span.last) return from;
  if (span.start.slice(0, 7) === span.last.slice(0, 7)) return `${from.split(' ')[0]}–${to}`;
  if (span.start.slice(0, 4) === span.last.slice(0, 4)) return `${from.split(' ').slice(0, 2).join(' ')} – ${to}`;
  return `${from} – ${to}`;
}

/** `2 weeks`, `1 week`. */
export function formatWeeks(weeks: number): string {
  return `${weeks} ${weeks === 1 ? 'week' : 'weeks'}`;
}
