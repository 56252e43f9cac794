/**
 * Small handbooks built in code for unit tests of the digest, feeds and calendars:
 * each entry goes through the real schema (so defaults apply), and the indexes are
 * the real ones. Only the fields a test cares about need to be written.
 */
import { adrSchema, type AdrInput } from '../../src/schemas/adrs.ts';
import { dependencySchema, type DependencyInput } from '../../src/schemas/dependencies.ts';
import { personSchema, type PersonInput } from '../../src/schemas/people.ts';
import { talkSchema, type TalkInput } from '../../src/schemas/talks.ts';
import { teamSchema, type TeamInput } from '../../src/schemas/teams.ts';
import { updateSchema, type UpdateInput } from '../../src/schemas/updates.ts';
import { rotationSchema, type RotationInput } from '../../src/schemas/rotations.ts';
import { mentorshipSchema, type MentorshipInput } from '../../src/schemas/mentorships.ts';
import { pairingSchema, type PairingInput } from '../../src/schemas/pairings.ts';
import { kudosSchema, type KudosInput } from '../../src/schemas/kudos.ts';
import { awardSchema, type AwardInput } from '../../src/schemas/awards.ts';
import { retroSchema, type RetroInput } from '../../src/schemas/retros.ts';
import { askSchema, type AskInput } from '../../src/schemas/asks.ts';
import { surveySchema, type SurveyInput } from '../../src/schemas/surveys.ts';
import { signalsSchema, type SignalsInput } from '../../src/schemas/signals.ts';
import { buildIndexes, type HandbookIndexes } from '../../src/lib/handbook/indexes.ts';
import type { Handbook, HandbookEntry } from '../../src/lib/handbook/types.ts';

function entry<T>(schema: { parse: (input: unknown) => T }, id: string, input: unknown, body?: string): HandbookEntry<T> {
  return { id, data: schema.parse(input), body, filePath: `content/${id}` };
}

export const person = (id: string, input: Partial<PersonInput> = {}) =>
  entry(personSchema, id, { name: id.replace(/-/g, ' '), team: 'alpha', role: 'Engineer', timezone: 'UTC', ...input });

export const team = (id: string, input: Partial<TeamInput> = {}, body?: string) =>
  entry(teamSchema, id, { name: id.charAt(0).toUpperCase() + id.slice(1), summary: 'A team.', lead: `${id}-lead`, reviewed: '2026-11-16', ...input }, body);

export const adr = (id: string, input: Partial<AdrInput> = {}, body?: string) =>
  entry(adrSchema, id, { title: `Decision ${id}`, status: 'accepted', date: '2026-11-10', teams: ['alpha'], ...input }, body);

export const talk = (id: string, input: Partial<TalkInput> = {}, body?: string) =>
  entry(talkSchema, id, { title: `Talk ${id}`, date: '2026-11-18T17:00:00Z', speakers: ['alpha-lead'], team: 'alpha', durationMinutes: 30, ...input }, body);

export const update = (id: string, input: Partial<UpdateInput> = {}, body?: string) =>
  entry(updateSchema, id, { team: 'alpha', date: '2026-11-20', shipped: ['Something'], ...input }, body);

export const dependency = (id: string, input: Partial<DependencyInput> = {}) =>
  entry(dependencySchema, id, {
    from: { team: 'beta', deliverable: 'Checkout' },
    to: { team: 'alpha', deliverable: 'Pooler' },
    status: 'at-risk',
    needBy: '2026-11-27',
    ...input,
  });

export const rotation = (id: string, input: Partial<RotationInput> = {}) =>
  entry(rotationSchema, id, {
    person: 'alpha-lead',
    hostTeam: 'beta',
    start: '2026-11-16',
    goals: ['Learn'],
    buddy: 'beta-lead',
    cover: 'alpha-dev',
    ...input,
  });

export const mentorship = (id: string, input: Partial<MentorshipInput> = {}) =>
  entry(mentorshipSchema, id, { mentor: 'beta-lead', mentee: 'alpha-dev', start: '2026-09-07', cadence: 'weekly', topics: ['APIs'], ...input });

export const pairing = (id: string, input: Partial<PairingInput> = {}) =>
  entry(pairingSchema, id, {
    date: '2026-11-19T15:00:00Z',
    durationMinutes: 60,
    people: ['alpha-dev', 'beta-lead'],
    objective: 'Profile the pooler',
    ...input,
  });

export const kudos = (id: string, input: Partial<KudosInput> = {}) =>
  entry(kudosSchema, id, { date: id.slice(0, 10), from: 'alpha-lead', teams: ['beta'], for: 'Help', ...input });

export const award = (id: string, input: Partial<AwardInput> = {}) =>
  entry(awardSchema, id, {
    quarter: '2026-Q4',
    title: 'Collaboration of the quarter',
    nominees: [{ teams: ['alpha', 'beta'], for: 'Working together' }],
    ...input,
  });
export const retro = (id: string, input: Partial<RetroInput> = {}, body?: string) =>
  entry(
    retroSchema,
    id,
    {
      title: `Retro ${id}`,
      date: '2026-11-18',
      teams: ['alpha', 'beta'],
      facilitator: 'alpha-lead',
      actions: [{ title: 'Write the runbook', owner: 'beta-lead', due: '2026-11-20', done: false }],
      ...input,
    },
    body,
  );

export const ask = (id: string, input: Partial<AskInput> = {}, body?: string) =>
  entry(askSchema, id, { title: `Ask ${id}`, team: 'alpha', date: '2026-11-18', status: 'open', ...input }, body);
/** A quarter's survey (`2026-q4` for `2026-Q4`) with the pulse question and the given results. */
export const survey = (quarter: string, results: SurveyInput['results'] = []) =>
  entry(surveySchema, quarter.toLowerCase(), {
    quarter,
    questions: [{ id: 'cross-team', text: 'I regularly interact with people from other teams' }],
    results,
  });

/** A quarter's signals with the given pairs. */
export const signals = (quarter: string, pairs: SignalsInput['pairs'] = []) => entry(signalsSchema, quarter.toLowerCase(), { quarter, source: 'test', pairs });

/** Indexes over the given entries; teams alpha and beta (with their leads) exist unless replaced. */
export function handbookOf(parts: Partial<Handbook> = {}): HandbookIndexes {
  return buildIndexes({
    people: parts.people ?? [person('alpha-lead'), person('beta-lead', { team: 'beta' })],
    teams: parts.teams ?? [team('alpha'), team('beta')],
    adrs: parts.adrs ?? [],
    talks: parts.talks ?? [],
    guilds: parts.guilds ?? [],
    dependencies: parts.dependencies ?? [],
    updates: parts.updates ?? [],
    rotations: parts.rotations ?? [],
    mentorships: parts.mentorships ?? [],
    pairings: parts.pairings ?? [],
    kudos: parts.kudos ?? [],
    awards: parts.awards ?? [],
    retros: parts.retros ?? [],
    asks: parts.asks ?? [],
    surveys: parts.surveys ?? [],
    signals: parts.signals ?? [],
  });
}
