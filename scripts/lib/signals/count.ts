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

export function countCommits(handbook: Handbook, repositories: readonly Repository[]): CommitCounts {
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

  const teamOf = (who: { email: string }) => {
    const person = personByEmail.get(who.email) ?? personByHandle.get(NOREPLY.exec(who.email)?.[1]?.toLowerCase() ?? '');
    return person === undefined ? undefined : teamOfPerson.get(person);
  };
  const pairs = new Map<string, SignalPair>();
  const add = (from: string, to: string, field: 'commits' | 'coAuthored') => {
    const pair = pairs.get(`${from}|${to}`) ?? { from, to, reviews: 0, commits: 0, coAuthored: 0 };
    pair[field] += 1;
    pairs.set(`${from}|${to}`, pair);
  };
  const unknown = new Set<string>();
  for (const { rules, commits } of repositories) {
    for (const commit of commits) {
      const author = teamOf(commit.author);
      if (author === undefined) {
        unknown.add(`${commit.author.name} <${commit.author.email}>`);
        continue;
      }
      const owners = new Set(commit.files.flatMap((file) => ownersOf(rules, file).map((owner) => teamOfOwner.get(owner.toLowerCase()))));
      for (const owner of owners) if (owner !== undefined && owner !== author) add(author, owner, 'commits');
      const coTeams = new Set(commit.coAuthors.map(teamOf));
      for (const team of coTeams) if (team !== undefined && team !== author) add(author, team, 'coAuthored');
    }
  }
  return {
    pairs: [...pairs.values()].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to)),
    unknownAuthors: [...unknown].sort(),
  };
}
