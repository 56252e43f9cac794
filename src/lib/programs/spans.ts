/**
 * When a program runs, and where it stands on a given day. Rotations and mentorships
 * span whole weeks from their start; a pair session is an hour or so at a moment.
 * Nothing here reads the clock: callers pass today (or now), so states are reproducible.
 */
import type { Mentorship, Pairing, Rotation } from '../../schemas/index.ts';
import { addDays } from '../time/dates.ts';
import type { Tone } from '../status.ts';

/** Planned (not started), in progress, or ended. */
export type ProgramState = 'planned' | 'in-progress' | 'ended';

export const PROGRAM_STATE_TONE: Record<ProgramState, Tone> = { planned: 'info', 'in-progress': 'ok', ended: 'neutral' };

/** Calendar days, both ends included, `YYYY-MM-DD`. */
export interface DaySpan {
  start: string;
  /** The last day (inclusive). */
  last: string;
}

/** `weeks` whole weeks from `start`: a two-week rotation from Monday 16 Nov lasts until Sunday 29 Nov. */
export function weeksFrom(start: string, weeks: number): DaySpan {
  return { start, last: addDays(start, weeks * 7 - 1) };
}

export const rotationSpan = (rotation: Pick<Rotation, 'start' | 'weeks'>): DaySpan => weeksFrom(rotation.start, rotation.weeks);
export const mentorshipSpan = (mentorship: Pick<Mentorship, 'start' | 'weeks'>): DaySpan => weeksFrom(mentorship.start, mentorship.weeks);

/** True when the two spans share at least one day. */
export function overlaps(a: DaySpan, b: DaySpan): boolean {
  return a.start <= b.last && b.start <= a.last;
}

/** Where a span stands on `today`. */
export function spanState(span: DaySpan, today: string): ProgramState {
  if (today < span.start) return 'planned';
  return today > span.last ? 'ended' : 'in-progress';
}

/** The moment a pair session ends. */
export function pairingEnd(pairing: Pick<Pairing, 'date' | 'durationMinutes'>): Date {
  return new Date(Date.parse(pairing.date) + pairing.durationMinutes * 60_000);
}

/** Where a pair session stands at `now`. */
export function pairingState(pairing: Pick<Pairing, 'date' | 'durationMinutes'>, now: Date): ProgramState {
  if (now.getTime() < Date.parse(pairing.date)) return 'planned';
  return now.getTime() >= pairingEnd(pairing).getTime() ? 'ended' : 'in-progress';
}

/** The quarter a date is in: `2026-Q4`. */
export { quarterOf } from '../time/quarters.ts';
