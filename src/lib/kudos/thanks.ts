/**
 * Every thanks that crosses a team line, as one list: a kudos gives one thanks to each
 * other team it names (a team named whole, or the team of a person named), and a team's
 * win with `enabledBy` gives one thanks from the winning team to each team that enabled
 * it. The kudos pages, the team pages, the digest and the connection map all read this list.
 *
 * A person's team is today's: the handbook keeps no history of moves. A recipient who is
 * (now) on the giver's team is left out, so a thanks always links two different teams.
 */
import type { Kudos, Person, Team } from '../../schemas/index.ts';

/** An entry as the handbook holds it; declared here because the handbook's indexes are built from this module. */
interface HandbookEntry<T> {
  id: string;
  data: T;
}

export interface Thanks {
  source: 'kudos' | 'win';
  /** The kudos's id, or the winning team's id for a win. */
  entryId: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** The giver's team (a kudos), or the team that won (a win). */
  fromTeam: string;
  /** Who gave the thanks; absent for a win, which the whole team gives. */
  fromPerson?: string;
  toTeam: string;
  /** The people of `toTeam` thanked by name. */
  toPeople: string[];
  /** Whether the team is thanked as a whole (named in the kudos's `teams`, or enabled a win), besides any of its people. */
  toWholeTeam: boolean;
  /** What for: the kudos's `for`, or the win's title. */
  for: string;
  link?: string;
}

export interface ThanksSources {
  people: readonly HandbookEntry<Person>[];
  teams: readonly HandbookEntry<Team>[];
  kudos: readonly HandbookEntry<Kudos>[];
}

function kudosThanks(kudos: HandbookEntry<Kudos>, teamOf: (person: string) => string | undefined): Thanks[] {
  const { date, from, to, teams, link } = kudos.data;
  const fromTeam = teamOf(from);
  if (fromTeam === undefined) return [];
  // Receiving teams in the order the kudos names them: whole teams first, then people's teams.
  const receivers = new Map<string, string[]>();
  const whole = new Set(teams);
  for (const team of teams) if (!receivers.has(team)) receivers.set(team, []);
  for (const person of to) {
    const team = teamOf(person);
    if (team === undefined) continue;
    const people = receivers.get(team) ?? [];
    if (!people.includes(person)) people.push(person);
    receivers.set(team, people);
  }
  receivers.delete(fromTeam);
  return [...receivers].map(([toTeam, toPeople]) => ({
    source: 'kudos' as const,
    entryId: kudos.id,
    date,
    fromTeam,
    fromPerson: from,
    toTeam,
    toPeople,
    toWholeTeam: whole.has(toTeam),
    for: kudos.data.for,
    ...(link ? { link } : {}),
  }));
}

function winThanks(team: HandbookEntry<Team>): Thanks[] {
  return team.data.wins.flatMap((win) =>
    [...new Set(win.enabledBy)]
      .filter((enabler) => enabler !== team.id)
      .map((toTeam) => ({
        source: 'win' as const,
        entryId: team.id,
        date: win.date,
        fromTeam: team.id,
        toTeam,
        toPeople: [],
        toWholeTeam: true,
        for: win.title,
      })),
  );
}

/** Every thanks across teams, newest first (then by receiving team and entry, so the order is stable). */
export function allThanks({ people, teams, kudos }: ThanksSources): Thanks[] {
  const teamOfPerson = new Map(people.map((person) => [person.id, person.data.team]));
  const known = new Set(teams.map((team) => team.id));
  const teamOf = (person: string) => {
    const team = teamOfPerson.get(person);
    return team !== undefined && known.has(team) ? team : undefined;
  };
  return [...kudos.flatMap((entry) => kudosThanks(entry, teamOf)), ...teams.flatMap(winThanks)]
    .filter((thanks) => known.has(thanks.toTeam))
    .sort((a, b) => b.date.localeCompare(a.date) || a.toTeam.localeCompare(b.toTeam) || a.entryId.localeCompare(b.entryId) || a.for.localeCompare(b.for));
}
