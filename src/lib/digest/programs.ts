/**
 * The programs in the weekly digest: a rotation or mentorship when it starts, and when
 * it is over, with its outcome; a pair session once it has been held. Each is news for
 * every team that takes part, on the day it happened.
 */
import type { HandbookIndexes } from '../handbook/indexes.ts';
import { programItems, type ProgramClock, type ProgramKind } from '../programs/items.ts';
import type { DaySpan } from '../programs/spans.ts';
import { addDays } from '../time/dates.ts';

export interface ProgramDigestItem {
  kind: ProgramKind;
  programId: string;
  /** The program's page, relative to the base. */
  route: string;
  title: string;
  span: DaySpan;
  outcome?: string;
}

export interface ProgramEvent {
  /** The day it happened: a start, or the first day the program is over (a pair session: its day). */
  date: string;
  change: 'started' | 'ended';
  teams: string[];
  item: ProgramDigestItem;
}

/** Every start and end known on `clock.today`. */
export function programEvents(h: HandbookIndexes, clock: ProgramClock): ProgramEvent[] {
  return programItems(h, clock).flatMap((program) => {
    const item: ProgramDigestItem = {
      kind: program.kind,
      programId: program.id,
      route: program.route,
      title: program.title,
      span: program.span,
      ...(program.outcome ? { outcome: program.outcome } : {}),
    };
    const events: ProgramEvent[] = [];
    if (program.kind !== 'pairing' && program.state !== 'planned') events.push({ date: program.span.start, change: 'started', teams: program.teams, item });
    if (program.state === 'ended') {
      const date = program.kind === 'pairing' ? program.span.start : addDays(program.span.last, 1);
      events.push({ date, change: 'ended', teams: program.teams, item });
    }
    return events.filter((event) => event.date <= clock.today);
  });
}
