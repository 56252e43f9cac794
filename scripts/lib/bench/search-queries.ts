/**
 * What the bench types into search on a generated handbook: a first query, then 20
 * different later ones in the mix of the demo's relevance suite
 * (test/search/relevance.json): mostly names, ADR numbers and titles, some topic
 * words, one typo. Every name exists at every size.
 *
 * The generated text draws on a 40-word list, so each topic word is on most pages
 * and its index entry is large (about 20 KB at 5,000 entries); in a real handbook a
 * topic word is on few pages. The bench reports each query, not only the median.
 */
import { entryCounts, TOPIC_WORDS } from './generate.ts';

export const FIRST_QUERY = 'service';

/** The n-th of `count` items spread over the range: 0.1 → an item a tenth of the way in. */
const at = (count: number, share: number) => Math.min(count - 1, Math.floor(count * share));
const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function laterQueries(size: number): string[] {
  const { teamCount, peopleCount, adrCount, talkCount, guildCount } = entryCounts(size);
  const adr = (share: number) => 1 + at(adrCount, share);
  return [
    ...[0.1, 0.45, 0.8].map((share) => `Team ${at(teamCount, share)}`),
    ...[0.15, 0.5, 0.85].map((share) => `Person ${pad(at(peopleCount, share), 5)}`),
    ...[0.2, 0.7].map((share) => `Guild ${at(guildCount, share)}`),
    `ADR ${adr(0.3)}`,
    pad(adr(0.55), 4),
    `adr-${adr(0.9)}`,
    `Decision ${adr(0.4)}`,
    `Decision ${adr(0.75)}`,
    `Talk ${at(talkCount, 0.25)}`,
    `Talk ${at(talkCount, 0.6)}`,
    ...['latency', 'rollout', 'runbook', 'backfill'].filter((word) => TOPIC_WORDS.includes(word)),
    // A typo that finds nothing: "Did you mean" fetches the vocabulary and checks the correction.
    'rolout',
  ];
}
