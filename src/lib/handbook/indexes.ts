/**
 * The handbook's shared queries, computed once per build: entries by id and every
 * derived relation (a team's members, an ADR's successors, a guild's teams, a
 * team's dependencies). Pages read these instead of scanning collections.
 */
import type { Handbook, HandbookEntry } from './types.ts';
import type { Adr, Award, Dependency, Guild, Kudos, Mentorship, Pairing, Person, Rotation, Signals, Survey, Talk, Team, Update } from '../../schemas/index.ts';
import { allThanks, type Thanks } from '../kudos/thanks.ts';
import { nominatedTeams } from '../kudos/awards.ts';
import { thanksByMonth } from '../kudos/months.ts';
import { retroAskIndexes } from './retros-asks.ts';

function byId<T>(entries: readonly HandbookEntry<T>[]): Map<string, HandbookEntry<T>> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

function groupBy<T>(entries: readonly T[], keysOf: (entry: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    for (const key of new Set(keysOf(entry))) {
      const group = groups.get(key);
      if (group) group.push(entry);
      else groups.set(key, [entry]);
    }
  }
  return groups;
}

const newestFirst = <T extends { data: { date: string } }>(a: T, b: T) => b.data.date.localeCompare(a.data.date);
const byName = <T extends { data: { name: string } }>(a: T, b: T) => a.data.name.localeCompare(b.data.name);
const byStart = <T extends { id: string; data: { start: string } }>(a: T, b: T) => a.data.start.localeCompare(b.data.start) || a.id.localeCompare(b.id);
const byDate = <T extends { id: string; data: { date: string } }>(a: T, b: T) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id);

export type HandbookIndexes = ReturnType<typeof buildIndexes>;

export function buildIndexes(handbook: Handbook) {
  const people = [...handbook.people].sort(byName);
  const teams = [...handbook.teams].sort(byName);
  const adrs = [...handbook.adrs].sort((a, b) => a.id.localeCompare(b.id));
  const talks = [...handbook.talks].sort(newestFirst);
  const guilds = [...handbook.guilds].sort(byName);
  const dependencies = [...handbook.dependencies];
  const updates = [...handbook.updates].sort(newestFirst);
  const rotations = [...handbook.rotations].sort(byStart);
  const mentorships = [...handbook.mentorships].sort(byStart);
  const pairings = [...handbook.pairings].sort(byDate);
  const kudos = [...handbook.kudos].sort((a, b) => newestFirst(a, b) || a.id.localeCompare(b.id));
  const awards = [...handbook.awards].sort((a, b) => b.data.quarter.localeCompare(a.data.quarter) || a.id.localeCompare(b.id));
  const byQuarter = <T extends { data: { quarter: string } }>(a: T, b: T) => a.data.quarter.localeCompare(b.data.quarter);
  const surveys: HandbookEntry<Survey>[] = [...handbook.surveys].sort(byQuarter);
  const signals: HandbookEntry<Signals>[] = [...handbook.signals].sort(byQuarter);

  const person = byId(people);
  const team = byId(teams);
  const teamOfPerson = (id: string) => person.get(id)?.data.team;
  const membersByTeam = groupBy(people, (p) => [p.data.team]);
  const adrsByTeam = groupBy(adrs, (a) => a.data.teams);
  const adrsConsulting = groupBy(adrs, (a) => a.data.consulted);
  const adrsByDecider = groupBy(adrs, (a) => a.data.deciders);
  const supersededBy = groupBy(adrs, (a) => a.data.supersedes);
  const talksByTeam = groupBy(talks, (t) => [t.data.team]);
  const talksBySpeaker = groupBy(talks, (t) => t.data.speakers);
  const guildsByPerson = groupBy(guilds, (g) => g.data.members);
  const guildsByTeam = groupBy(guilds, (g) => g.data.members.map(teamOfPerson).filter((t) => t !== undefined));
  const dependenciesFrom = groupBy(dependencies, (d) => [d.data.from.team]);
  const dependenciesTo = groupBy(dependencies, (d) => [d.data.to.team]);
  const updatesByTeam = groupBy(updates, (u) => [u.data.team]);
  const leadOf = new Map(teams.map((t) => [t.data.lead, t]));
  const teamsOf = (ids: readonly string[]) => ids.map(teamOfPerson).filter((t) => t !== undefined);
  const rotationsByPerson = groupBy(rotations, (r) => [r.data.person, r.data.buddy, r.data.cover]);
  const rotationsByHost = groupBy(rotations, (r) => [r.data.hostTeam]);
  // The home team is the person's team, derived: a rotation never names it.
  const rotationsByHome = groupBy(rotations, (r) => teamsOf([r.data.person]));
  const mentorshipsByPerson = groupBy(mentorships, (m) => [m.data.mentor, m.data.mentee]);
  const mentorshipsByTeam = groupBy(mentorships, (m) => teamsOf([m.data.mentor, m.data.mentee]));
  const pairingsByPerson = groupBy(pairings, (p) => p.data.people);
  const pairingsByTeam = groupBy(pairings, (p) => teamsOf(p.data.people));
  const thanks = allThanks({ people, teams, kudos });
  const thanksTo = groupBy(thanks, (t) => [t.toTeam]);
  const thanksFrom = groupBy(thanks, (t) => [t.fromTeam]);
  const awardsByTeam = groupBy(awards, (a) => nominatedTeams(a.data));
  const thanksMonths = thanksByMonth(thanks, (id) => team.get(id)?.data.name ?? id);

  const list = <T>(map: Map<string, T[]>, key: string): T[] => map.get(key) ?? [];

  return {
    people,
    teams,
    adrs,
    talks,
    guilds,
    dependencies,
    updates,
    rotations,
    mentorships,
    pairings,
    kudos,
    awards,
    /** Every thanks across teams (kudos, and wins enabled by other teams), newest first. */
    thanks,
    /** Months with thanks, newest first, each grouped by receiving team (alphabetical). */
    thanksMonths,
    /** Pulse surveys, oldest quarter first. */
    surveys,
    /** Signals from code repositories, oldest quarter first. */
    signals,
    person,
    team,
    adr: byId(adrs),
    talk: byId(talks),
    guild: byId(guilds),
    dependency: byId(dependencies),
    update: byId(updates),
    rotation: byId(rotations),
    mentorship: byId(mentorships),
    pairing: byId(pairings),
    award: byId(awards),
    /** People on a team, by name. */
    membersOf: (teamId: string): HandbookEntry<Person>[] => list(membersByTeam, teamId),
    /** The team a person leads, if any. */
    teamLedBy: (personId: string): HandbookEntry<Team> | undefined => leadOf.get(personId),
    /** ADRs a team owns, by number. */
    adrsOwnedBy: (teamId: string): HandbookEntry<Adr>[] => list(adrsByTeam, teamId),
    /** ADRs on which a team was consulted. */
    adrsConsulting: (teamId: string): HandbookEntry<Adr>[] => list(adrsConsulting, teamId),
    /** ADRs a person decided. */
    adrsDecidedBy: (personId: string): HandbookEntry<Adr>[] => list(adrsByDecider, personId),
    /** ADRs that replace this one (derived from their `supersedes`). */
    supersededBy: (adrId: string): HandbookEntry<Adr>[] => list(supersededBy, adrId),
    /** Talks a team gave or will give, newest first. */
    talksOf: (teamId: string): HandbookEntry<Talk>[] => list(talksByTeam, teamId),
    /** Talks a person gave or will give, newest first. */
    talksBy: (personId: string): HandbookEntry<Talk>[] => list(talksBySpeaker, personId),
    /** Guilds a person belongs to. */
    guildsOf: (personId: string): HandbookEntry<Guild>[] => list(guildsByPerson, personId),
    /** Guilds with at least one member from a team. */
    guildsOfTeam: (teamId: string): HandbookEntry<Guild>[] => list(guildsByTeam, teamId),
    /** A guild's members grouped by their team, teams by name (derived, never written by hand). */
    guildMembersByTeam(guild: HandbookEntry<Guild>): { team: HandbookEntry<Team>; members: HandbookEntry<Person>[] }[] {
      const members = guild.data.members
        .map((id) => person.get(id))
        .filter((p) => p !== undefined)
        .sort(byName);
      const groups = groupBy(members, (p) => [p.data.team]);
      return [...groups]
        .map(([teamId, teamMembers]) => ({ team: team.get(teamId), members: teamMembers }))
        .filter((group): group is { team: HandbookEntry<Team>; members: HandbookEntry<Person>[] } => group.team !== undefined)
        .sort((a, b) => byName(a.team, b.team));
    },
    /** Dependencies a team declared on others (it needs something). */
    dependenciesOf: (teamId: string): HandbookEntry<Dependency>[] => list(dependenciesFrom, teamId),
    /** Dependencies other teams have on this team (the reverse edges, derived). */
    dependentsOn: (teamId: string): HandbookEntry<Dependency>[] => list(dependenciesTo, teamId),
    /** A team's weekly updates, newest first. */
    updatesOf: (teamId: string): HandbookEntry<Update>[] => list(updatesByTeam, teamId),
    /** Rotations a person goes on, is the buddy of, or covers for, by start. */
    rotationsOf: (personId: string): HandbookEntry<Rotation>[] => list(rotationsByPerson, personId),
    /** Rotations a team hosts (its visitors), by start. */
    rotationsHostedBy: (teamId: string): HandbookEntry<Rotation>[] => list(rotationsByHost, teamId),
    /** Rotations of a team's own people to other teams, by start. */
    rotationsAwayFrom: (teamId: string): HandbookEntry<Rotation>[] => list(rotationsByHome, teamId),
    /** The home team of a rotation: its person's team. */
    homeTeamOf: (rotation: HandbookEntry<Rotation>): string | undefined => teamOfPerson(rotation.data.person),
    /** Mentorships a person mentors or is mentored in, by start. */
    mentorshipsOf: (personId: string): HandbookEntry<Mentorship>[] => list(mentorshipsByPerson, personId),
    /** Mentorships with the mentor or the mentee on a team, by start. */
    mentorshipsOfTeam: (teamId: string): HandbookEntry<Mentorship>[] => list(mentorshipsByTeam, teamId),
    /** Pair sessions a person takes part in, by date. */
    pairingsOf: (personId: string): HandbookEntry<Pairing>[] => list(pairingsByPerson, personId),
    /** Pair sessions with someone from a team, by date. */
    pairingsOfTeam: (teamId: string): HandbookEntry<Pairing>[] => list(pairingsByTeam, teamId),
    /** Thanks a team received from other teams, newest first. */
    thanksReceivedBy: (teamId: string): Thanks[] => list(thanksTo, teamId),
    /** Thanks a team (or one of its people) gave other teams, newest first. */
    thanksGivenBy: (teamId: string): Thanks[] => list(thanksFrom, teamId),
    /** Awards a team was nominated for (won or not), newest quarter first. */
    awardsOfTeam: (teamId: string): HandbookEntry<Award>[] => list(awardsByTeam, teamId),
    /** A kudos by id. */
    kudosEntry: byId<Kudos>(kudos),
    ...retroAskIndexes(handbook.retros, handbook.asks, teamOfPerson),
  };
}
