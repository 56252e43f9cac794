/**
 * Rules of cross-team pair sessions: people from at least two teams, and (a warning) at
 * most 90 minutes. Teams are today's, so a session before today is not judged by them.
 */
import { PAIRING_MINUTES } from '../../schemas/pairings.ts';
import type { RuleContext } from './context.ts';
import { knownTeamsOfPeople } from './program-rules.ts';

export function checkPairings(context: RuleContext): void {
  const teamOf = knownTeamsOfPeople(context);
  for (const pairing of context.entries('pairings')) {
    const { people, durationMinutes, date } = pairing.data;
    const held = date !== undefined && date.slice(0, 10) < context.today;
    const teams = held ? [] : (people ?? []).map((person) => teamOf.get(person));
    // Only when every person's team is known: an unknown person is reported as a missing reference.
    if (teams.length >= 2 && teams.every((team) => team !== undefined) && new Set(teams).size === 1) {
      context.report(
        'pairing/one-team',
        { collection: 'pairings', id: pairing.id, path: ['people'] },
        `everyone is on team "${teams[0]}"`,
        'a cross-team pair session needs someone from another team: add them to `people`',
      );
    }
    if (durationMinutes !== undefined && durationMinutes > PAIRING_MINUTES) {
      context.report(
        'pairing/long',
        { collection: 'pairings', id: pairing.id, path: ['durationMinutes'] },
        `is ${durationMinutes} minutes, more than the ${PAIRING_MINUTES} a pair session lasts`,
        'keep it to 90 minutes: split a bigger topic into two sessions, or plan a rotation instead',
      );
    }
  }
}
