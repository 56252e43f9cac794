/**
 * Every reference between entries, declared once. The integrity pass checks that
 * each resolves; the handbook indexes follow the same declarations.
 */
import { COLLECTIONS as collections, NOUN, type CollectionName } from '../collections.ts';
import type { Handbook } from '../handbook/types.ts';
import { closest } from '../content/suggest.ts';
import type { RuleContext } from './context.ts';

export interface Reference {
  /** Field path in the referring entry. */
  path: (string | number)[];
  /** Collection the id belongs to. */
  target: CollectionName;
  id: string;
}

const list = (field: string, target: CollectionName, ids: readonly string[] | undefined): Reference[] =>
  (ids ?? []).map((id, index) => ({ path: [field, index], target, id }));

const one = (path: (string | number)[], target: CollectionName, id: string | undefined): Reference[] => (id === undefined ? [] : [{ path, target, id }]);

/** Partial data: an entry that failed its schema still has its readable references checked. */
type Referrers = { [C in CollectionName]: (data: Partial<Handbook[C][number]['data']>) => Reference[] };

export const referencesOf: Referrers = {
  people: (person) => one(['team'], 'teams', person.team),
  teams: (team) => [
    ...one(['lead'], 'people', team.lead),
    ...(team.wins ?? []).flatMap((win, index) =>
      (win.enabledBy ?? []).map((id, at) => ({ path: ['wins', index, 'enabledBy', at], target: 'teams' as const, id })),
    ),
  ],
  adrs: (adr) => [
    ...list('teams', 'teams', adr.teams),
    ...list('deciders', 'people', adr.deciders),
    ...list('consulted', 'teams', adr.consulted),
    ...list('supersedes', 'adrs', adr.supersedes),
    ...list('informed', 'teams', adr.informed),
    ...(adr.responses ?? []).flatMap((response, index) => one(['responses', index, 'team'], 'teams', response.team)),
  ],
  talks: (talk) => [...list('speakers', 'people', talk.speakers), ...one(['team'], 'teams', talk.team)],
  guilds: (guild) => [...list('leads', 'people', guild.leads), ...list('members', 'people', guild.members)],
  dependencies: (dependency) => [
    ...one(['from', 'team'], 'teams', dependency.from?.team),
    ...one(['to', 'team'], 'teams', dependency.to?.team),
    ...one(['contact'], 'people', dependency.contact),
  ],
  updates: (update) => one(['team'], 'teams', update.team),
  rotations: (rotation) => [
    ...one(['person'], 'people', rotation.person),
    ...one(['hostTeam'], 'teams', rotation.hostTeam),
    ...one(['buddy'], 'people', rotation.buddy),
    ...one(['cover'], 'people', rotation.cover),
  ],
  mentorships: (mentorship) => [...one(['mentor'], 'people', mentorship.mentor), ...one(['mentee'], 'people', mentorship.mentee)],
  pairings: (pairing) => list('people', 'people', pairing.people),
  kudos: (kudos) => [...one(['from'], 'people', kudos.from), ...list('to', 'people', kudos.to), ...list('teams', 'teams', kudos.teams)],
  awards: (award) =>
    (award.nominees ?? []).flatMap((nominee, index) =>
      (nominee.teams ?? []).map((id, at) => ({ path: ['nominees', index, 'teams', at], target: 'teams' as const, id })),
    ),
  retros: (retro) => [
    ...list('teams', 'teams', retro.teams),
    ...one(['facilitator'], 'people', retro.facilitator),
    ...(retro.actions ?? []).flatMap((action, index) => one(['actions', index, 'owner'], 'people', action?.owner)),
  ],
  asks: (ask) => [...one(['team'], 'teams', ask.team), ...list('helpers', 'people', ask.helpers)],
  surveys: (survey) => (survey.results ?? []).flatMap((result, index) => one(['results', index, 'team'], 'teams', result?.team)),
  signals: (signals) =>
    (signals.pairs ?? []).flatMap((pair, index) => [...one(['pairs', index, 'from'], 'teams', pair?.from), ...one(['pairs', index, 'to'], 'teams', pair?.to)]),
};

export function checkReferences(context: RuleContext): void {
  const drafts = new Map<CollectionName, Set<string>>();
  const ids = new Map<CollectionName, string[]>();
  for (const collection of Object.keys(referencesOf) as CollectionName[]) {
    drafts.set(
      collection,
      new Set(
        context
          .entries(collection)
          .filter((entry) => entry.data.draft === true)
          .map((entry) => entry.id),
      ),
    );
    ids.set(
      collection,
      context.entries(collection).map((entry) => entry.id),
    );
  }
  for (const collection of Object.keys(referencesOf) as CollectionName[]) {
    const referencesOfEntry = referencesOf[collection] as (data: unknown) => Reference[];
    for (const entry of context.entries(collection)) {
      for (const reference of referencesOfEntry(entry.data)) {
        const at = { collection, id: entry.id, path: reference.path };
        const noun = NOUN[reference.target];
        if (!context.exists(reference.target, reference.id)) {
          const guess = closest(reference.id, ids.get(reference.target) ?? []);
          context.report(
            'reference/missing',
            at,
            `refers to ${noun} "${reference.id}", which does not exist`,
            guess
              ? `did you mean "${guess}"? Otherwise create content/${reference.target}/${reference.id}.${collections[reference.target].extensions[0]}, or remove the reference`
              : `use the id (file name) of an entry in content/${reference.target}/, or create that entry`,
          );
        } else if (entry.data.draft === false && drafts.get(reference.target)?.has(reference.id)) {
          context.report(
            'reference/draft',
            at,
            `refers to ${noun} "${reference.id}", which is a draft and so is missing from the published site`,
            `publish it (remove \`draft: true\` from it), or mark this entry as a draft too`,
          );
        }
      }
    }
  }
}
