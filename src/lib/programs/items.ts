/**
 * The three programs as one list of items, each with its span, state, teams, people
 * and a title, so the overview page, the team and person pages, the feeds and the
 * digest sort and filter them alike. Built from the shared indexes, once per build.
 */
import type { Mentorship, Pairing, Rotation } from '../../schemas/index.ts';
import type { HandbookIndexes } from '../handbook/indexes.ts';
import type { HandbookEntry } from '../handbook/types.ts';
import { routes } from '../routes.ts';
import { todayIn } from '../time/today.ts';
import { mentorshipSpan, pairingEnd, pairingState, rotationSpan, spanState, type DaySpan, type ProgramState } from './spans.ts';

export type ProgramKind = 'rotation' | 'mentorship' | 'pairing';

export const PROGRAM_KIND_LABEL: Record<ProgramKind, string> = { rotation: 'Rotation', mentorship: 'Mentorship', pairing: 'Pair session' };

interface ItemBase {
  id: string;
  /** The item's page, relative to the base. */
  route: string;
  /** Plain text: "Amara Nwosu visits Data & Analytics", "Tomas Novak mentors Lucas Almeida", a pair session's objective. */
  title: string;
  /** Calendar days it runs; a pair session's day in the handbook's time zone. */
  span: DaySpan;
  state: ProgramState;
  /** Teams taking part, without repeats, in the order they appear (a rotation: home, then host). */
  teams: string[];
  /** People taking part, in the order they appear. */
  people: string[];
  outcome?: string | undefined;
}

export type ProgramItem =
  | (ItemBase & { kind: 'rotation'; entry: HandbookEntry<Rotation> })
  | (ItemBase & { kind: 'mentorship'; entry: HandbookEntry<Mentorship> })
  | (ItemBase & { kind: 'pairing'; entry: HandbookEntry<Pairing> });

export interface ProgramClock {
  /** `YYYY-MM-DD` in the handbook's time zone. */
  today: string;
  /** The build's moment: a pair session before it was held. */
  now: Date;
  /** The handbook's time zone: the day a pair session is on. */
  timeZone: string;
}

const unique = (ids: readonly (string | undefined)[]) => [...new Set(ids.filter((id) => id !== undefined))];

/** Every program of the handbook, rotations first, each kind by start. */
export function programItems(h: HandbookIndexes, clock: ProgramClock): ProgramItem[] {
  const name = (personId: string) => h.person.get(personId)?.data.name ?? personId;
  const teamName = (teamId: string) => h.team.get(teamId)?.data.name ?? teamId;
  const teamOf = (personId: string) => h.person.get(personId)?.data.team;
  const rotations = h.rotations.map((entry): ProgramItem => {
    const { person, hostTeam, buddy, cover, outcome } = entry.data;
    const span = rotationSpan(entry.data);
    return {
      kind: 'rotation',
      entry,
      id: entry.id,
      route: routes.rotation(entry.id),
      title: `${name(person)} visits ${teamName(hostTeam)}`,
      span,
      state: spanState(span, clock.today),
      teams: unique([teamOf(person), hostTeam]),
      people: unique([person, buddy, cover]),
      outcome,
    };
  });
  const mentorships = h.mentorships.map((entry): ProgramItem => {
    const { mentor, mentee, outcome } = entry.data;
    const span = mentorshipSpan(entry.data);
    return {
      kind: 'mentorship',
      entry,
      id: entry.id,
      route: routes.mentorship(entry.id),
      title: `${name(mentor)} mentors ${name(mentee)}`,
      span,
      state: spanState(span, clock.today),
      teams: unique([teamOf(mentor), teamOf(mentee)]),
      people: unique([mentor, mentee]),
      outcome,
    };
  });
  const pairings = h.pairings.map((entry): ProgramItem => {
    const { people, objective, outcome } = entry.data;
    return {
      kind: 'pairing',
      entry,
      id: entry.id,
      route: routes.pairing(entry.id),
      title: objective,
      span: { start: todayIn(clock.timeZone, new Date(entry.data.date)), last: todayIn(clock.timeZone, pairingEnd(entry.data)) },
      state: pairingState(entry.data, clock.now),
      teams: unique(people.map(teamOf)),
      people: unique(people),
      outcome,
    };
  });
  return [...rotations, ...mentorships, ...pairings];
}

export interface ProgramsByState {
  /** In progress, the earliest started first. */
  now: ProgramItem[];
  /** Planned, the soonest first. */
  next: ProgramItem[];
  /** Ended, the most recently ended first. */
  past: ProgramItem[];
}

const byStart = (a: ProgramItem, b: ProgramItem) => a.span.start.localeCompare(b.span.start) || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id);
const byEndDescending = (a: ProgramItem, b: ProgramItem) => b.span.last.localeCompare(a.span.last) || byStart(a, b);

export function byState(items: readonly ProgramItem[]): ProgramsByState {
  return {
    now: items.filter((item) => item.state === 'in-progress').sort(byStart),
    next: items.filter((item) => item.state === 'planned').sort(byStart),
    past: items.filter((item) => item.state === 'ended').sort(byEndDescending),
  };
}

/** The programs a team takes part in. */
export const ofTeam = (items: readonly ProgramItem[], teamId: string) => items.filter((item) => item.teams.includes(teamId));

/** What a person does in a program. */
export type ProgramRole = 'visitor' | 'buddy' | 'cover' | 'mentor' | 'mentee' | 'pair';

/** The person's role in the item, or undefined when they take no part. */
export function roleIn(item: ProgramItem, personId: string): ProgramRole | undefined {
  if (item.kind === 'rotation') {
    const { person, buddy, cover } = item.entry.data;
    return person === personId ? 'visitor' : buddy === personId ? 'buddy' : cover === personId ? 'cover' : undefined;
  }
  if (item.kind === 'mentorship') return item.entry.data.mentor === personId ? 'mentor' : item.entry.data.mentee === personId ? 'mentee' : undefined;
  return item.entry.data.people.includes(personId) ? 'pair' : undefined;
}

/** Teams that took part in both: the pairs of distinct teams an item connects, each as `[a, b]` with a < b. */
export function teamPairs(teams: readonly string[]): [string, string][] {
  const sorted = [...new Set(teams)].sort();
  return sorted.flatMap((a, i) => sorted.slice(i + 1).map((b): [string, string] => [a, b]));
}
