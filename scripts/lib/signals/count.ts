/**
 * Cross-team work in commits. A commit is cross-team when its author's team is not a
 * team owning a file it touches (once per commit and owning team), and co-authored
 * across teams when a co-author is on another team than the author (once per commit and
 * co-author team). People are found by email (`emails`) or by the GitHub handle in a
 * `noreply` address; teams by `githubTeam`, or a person's own handle, in CODEOWNERS.
 */
import type { Handbook } from '../../../src/lib/handbook/types.ts';
import type { SignalPair } from '../../../src/schemas/signals.ts';
import type { Commit } from './git-log.ts';
import { ownersOf, type OwnerRule } from './codeowners.ts';

export interface Repository {
  rules: OwnerRule[];
  commits: Commit[];
}

export interface CommitCounts {
  pairs: SignalPair[];
  /** Commits whose author is no one in the handbook: reported, not counted. */
  unknownAuthors: string[];
}

const NOREPLY = /^(?:\d+\+)?([A-Za-z0-9-]+)@users\.noreply\.github\.com$/;

/** Today's team of a person in the handbook, found by a commit address or a GitHub login. */
export function teamFinder(handbook: Handbook) {
  const personByEmail = new Map<string, string>();
  const personByHandle = new Map<string, string>();
  for (const person of handbook.people) {
    for (const email of person.data.emails ?? []) personByEmail.set(email.toLowerCase(), person.id);
    if (person.data.github) personByHandle.set(person.data.github.toLowerCase(), person.id);
  }
  const teamOfPerson = new Map(handbook.people.map((person) => [person.id, person.data.team]));
  const teamOfOwner = new Map<string, string>();
  for (const team of handbook.teams) if (team.data.githubTeam) teamOfOwner.set(team.data.githubTeam.toLowerCase(), team.id);
  for (const [handle, person] of personByHandle) teamOfOwner.set(`@${handle}`, teamOfPerson.get(person)!);
  const byPerson = (person: string | undefined) => (person === undefined ? undefined : teamOfPerson.get(person));
  return {
    byLogin: (login: string) => byPerson(personByHandle.get(login.toLowerCase())),
    byEmail: (email: string) => byPerson(personByEmail.get(email.toLowerCase()) ?? personByHandle.get(NOREPLY.exec(email)?.[1]?.toLowerCase() ?? '')),
    /** A CODEOWNERS owner: `@org/team` by `githubTeam`, or `@login`. */
    byOwner: (owner: string) => teamOfOwner.get(owner.toLowerCase()),
  };
}

/** Counts per ordered pair of teams, one field at a time. */
export function pairCounter() {
  const pairs = new Map<string, SignalPair>();
  return {
    add(from: string, to: string, field: 'reviews' | 'commits' | 'coAuthored') {
      const pair = pairs.get(`${from}|${to}`) ?? { from, to, reviews: 0, commits: 0, coAuthored: 0 };
      pair[field] += 1;
      pairs.set(`${from}|${to}`, pair);
    },
    pairs: () => [...pairs.values()].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to)),
  };
}

export function countCommits(handbook: Handbook, repositories: readonly Repository[]): CommitCounts {
  const find = teamFinder(handbook);
  const counter = pairCounter();
  const unknown = new Set<string>();
  for (const { rules, commits } of repositories) {
    for (const commit of commits) {
      const author = find.byEmail(commit.author.email);
      if (author === undefined) {
        unknown.add(`${commit.author.name} <${commit.author.email}>`);
        continue;
      }
      const owners = new Set(commit.files.flatMap((file) => ownersOf(rules, file).map(find.byOwner)));
      for (const owner of owners) if (owner !== undefined && owner !== author) counter.add(author, owner, 'commits');
      const coTeams = new Set(commit.coAuthors.map((person) => find.byEmail(person.email)));
      for (const team of coTeams) if (team !== undefined && team !== author) counter.add(author, team, 'coAuthored');
    }
  }
  return { pairs: counter.pairs(), unknownAuthors: [...unknown].sort() };
}
