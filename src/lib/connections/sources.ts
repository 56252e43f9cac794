/**
 * Where a link between two teams can come from. Each source has one adapter (see
 * ./adapters.ts) that turns its collection into dated links; the registry is typed by
 * `LinkSource`, so a new source does not compile until it has a label and an adapter.
 */

export const LINK_SOURCES = [
  'dependencies',
  'consulted',
  'informed',
  'guilds',
  'talks',
  'rotations',
  'mentorships',
  'pairings',
  'retros',
  'kudos',
  'asks',
  'signals',
] as const;

export type LinkSource = (typeof LINK_SOURCES)[number];

export interface SourceInfo {
  /** Column heading and legend: "Dependencies". */
  label: string;
  /** What one link from this source is, for the page and the JSON's documentation. */
  definition: string;
}

export const SOURCE_INFO: Record<LinkSource, SourceInfo> = {
  dependencies: { label: 'Dependencies', definition: 'a dependency of one team on the other, in the quarter of its need-by date' },
  consulted: { label: 'Consulted', definition: 'a decision (ADR) of one team that consulted the other, in the quarter of its date' },
  informed: { label: 'Informed', definition: 'a decision of one team that informed the other, in the quarter of its date' },
  guilds: { label: 'Guilds', definition: 'a guild with members on both teams, in the quarter it was founded (membership records no date)' },
  talks: { label: 'Talks', definition: 'a talk given by speakers from both teams, in the quarter it was given' },
  rotations: { label: 'Rotations', definition: "a rotation between a person's home team and the host team, in the quarter it starts" },
  mentorships: { label: 'Mentorships', definition: "a mentorship between the mentor's and the mentee's teams, in the quarter it starts" },
  pairings: { label: 'Pair sessions', definition: 'a pair session with people from both teams, in the quarter it was held' },
  retros: { label: 'Retros', definition: 'a retrospective held by both teams, in the quarter it was held' },
  kudos: { label: 'Kudos', definition: 'thanks from someone on one team to the other team or one of its people' },
  asks: { label: 'Asks helped', definition: 'an ask of one team that someone from the other helped with, in the quarter it was helped' },
  signals: { label: 'Code signals', definition: 'reviews or commits across the two teams counted from code repositories, once per quarter' },
};
