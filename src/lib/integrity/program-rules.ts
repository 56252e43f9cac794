/** What the rules of the three programs share: people's teams, and one program of a kind per person at a time. */
import type { DaySpan } from '../programs/spans.ts';
import type { RuleContext } from './context.ts';
import { teamsOfPeople } from './teams.ts';

/**
 * Each person's team, when that team exists: a rule about teams cannot judge a person whose
 * team is unknown, and the unknown team is reported already, as a missing reference.
 */
export function knownTeamsOfPeople(context: RuleContext): Map<string, string> {
  return new Map([...teamsOfPeople(context)].filter(([, team]) => context.exists('teams', team)));
}

export interface Spanned {
  id: string;
  /** Whose time it takes (the person rotating, the mentee). */
  person: string;
  span: DaySpan;
}

/** Each entry that starts before an earlier one of the same person has ended, with that earlier one. */
export function overlapping(entries: readonly Spanned[]): { entry: Spanned; earlier: Spanned }[] {
  const found: { entry: Spanned; earlier: Spanned }[] = [];
  const byPerson = new Map<string, Spanned[]>();
  for (const entry of entries) byPerson.set(entry.person, [...(byPerson.get(entry.person) ?? []), entry]);
  for (const own of byPerson.values()) {
    const sorted = [...own].sort((a, b) => a.span.start.localeCompare(b.span.start) || a.id.localeCompare(b.id));
    sorted.forEach((entry, index) => {
      const earlier = sorted.slice(0, index).find((other) => other.span.last >= entry.span.start);
      if (earlier) found.push({ entry, earlier });
    });
  }
  return found;
}
