/**
 * The handbook's measures of itself, per quarter, from the article's "how to know it
 * works": collaboration indicators, relationship depth and organizational health. Each
 * measure has an id, a definition and its source, and a value per quarter (null when
 * there is nothing to count, "no data yet" when its collection does not exist yet).
 */
import { linksIn, pairCounts, type ConnectionMap } from '../connections/map.ts';
import type { Handbook } from '../handbook/types.ts';
import { mentorshipSpan, rotationSpan } from '../programs/spans.ts';
import { quarterOf } from '../time/quarters.ts';
import { asksDaysToHelp, asksHelpedShare, decisionsAnswered, dependenciesOnTime, kudosAcrossTeams, retroActionsOnTime, share } from './relationship-values.ts';
import { fallsTwiceInARow, trendOf, type Trend } from './trend.ts';

export type MeasureGroup = 'collaboration' | 'relationships' | 'organization';

export interface QuarterValue {
  quarter: string;
  value: number | null;
  /** Per team, where the measure has one (pulse means, links). */
  byTeam?: Record<string, number | null>;
  /** Counts of answers 1 to 5, for a pulse question. */
  distribution?: number[];
}

export interface Measure {
  id: string;
  group: MeasureGroup;
  name: string;
  definition: string;
  /** Where the numbers come from. */
  source: string;
  unit: 'count' | 'share' | 'mean' | 'days';
  higherIsBetter: boolean;
  /** False while the collection it counts does not exist in this handbook. */
  available: boolean;
  quarters: QuarterValue[];
  /** The latest quarter's value, the one before, and the direction between them. */
  value: number | null;
  previous: number | null;
  trend: Trend;
  /** Falling two quarters in a row: the source says to reassess. */
  reassess: boolean;
  /** Teams whose own value fell two quarters in a row (for measures counted per team). */
  reassessTeams: string[];
}

type Spec = Omit<Measure, 'quarters' | 'value' | 'previous' | 'trend' | 'reassess' | 'reassessTeams' | 'available'> & {
  values?: (quarter: string) => Omit<QuarterValue, 'quarter'>;
};

const round = (value: number) => Math.round(value * 100) / 100;

function surveyValues(handbook: Handbook, question: string, quarter: string): Omit<QuarterValue, 'quarter'> {
  const survey = handbook.surveys.find((entry) => entry.data.quarter === quarter);
  const results = survey?.data.results.filter((result) => result.question === question) ?? [];
  const responses = results.reduce((sum, result) => sum + result.responses, 0);
  if (responses === 0) return { value: null };
  const distribution = [0, 1, 2, 3, 4].map((index) => results.reduce((sum, result) => sum + result.distribution[index]!, 0));
  const mean = distribution.reduce((sum, count, index) => sum + count * (index + 1), 0) / responses;
  return { value: round(mean), distribution, byTeam: Object.fromEntries(results.map((result) => [result.team, result.mean])) };
}

function signalTotal(handbook: Handbook, quarter: string, field: 'reviews' | 'commits' | 'coAuthored'): number | null {
  const signals = handbook.signals.find((entry) => entry.data.quarter === quarter);
  return signals ? signals.data.pairs.reduce((sum, pair) => sum + pair[field], 0) : null;
}

export function measureSpecs(handbook: Handbook, map: ConnectionMap): Spec[] {
  const { today } = map;
  const linksPerTeam = (quarter: string) => {
    const counts = pairCounts(linksIn(map, [quarter]));
    const byTeam = Object.fromEntries(map.teams.map((team) => [team, 0]));
    for (const count of counts.values()) for (const team of count.teams) byTeam[team]! += count.total;
    const total = Object.values(byTeam).reduce((sum, value) => sum + value, 0);
    return { value: map.teams.length ? round(total / map.teams.length) : null, byTeam };
  };
  const adrsIn = (quarter: string) => handbook.adrs.filter(({ data }) => data.status !== 'draft' && quarterOf(data.date) === quarter);
  const ended = (quarter: string) =>
    [...handbook.rotations.map(({ data }) => rotationSpan(data)), ...handbook.mentorships.map(({ data }) => mentorshipSpan(data))].filter(
      (span) => span.last < today && quarterOf(span.last) === quarter,
    ).length;
  const questions = [...new Map(handbook.surveys.flatMap(({ data }) => data.questions.map((question) => [question.id, question.text] as const))).entries()];
  return [
    {
      id: 'cross-team-links',
      group: 'collaboration',
      name: 'Cross-team links per team',
      definition: 'Links a team has with other teams in the quarter (every source of the connection map), averaged over the teams.',
      source: 'connection map',
      unit: 'mean',
      higherIsBetter: true,
      values: linksPerTeam,
    },
    {
      id: 'cross-team-reviews',
      group: 'collaboration',
      name: 'Cross-team code reviews',
      definition: "Pull-request reviews by one team on another team's pull requests.",
      source: 'signals (npm run signals:reviews)',
      unit: 'count',
      higherIsBetter: true,
      values: (quarter) => ({ value: signalTotal(handbook, quarter, 'reviews') }),
    },
    {
      id: 'cross-team-commits',
      group: 'collaboration',
      name: 'Cross-team commits',
      definition: 'Commits by people of one team to files another team owns, and commits co-authored across teams.',
      source: 'signals (npm run signals:git)',
      unit: 'count',
      higherIsBetter: true,
      values: (quarter) => {
        const commits = signalTotal(handbook, quarter, 'commits');
        return { value: commits === null ? null : commits + signalTotal(handbook, quarter, 'coAuthored')! };
      },
    },
    ...questions.map(([id, text]): Spec => ({
      id: `pulse-${id}`,
      group: 'relationships',
      name: `Pulse: “${text}”`,
      definition: 'Mean answer from 1 (strongly disagree) to 5 (strongly agree), over every team with at least 5 responses.',
      source: 'surveys',
      unit: 'mean',
      higherIsBetter: true,
      values: (quarter) => surveyValues(handbook, id, quarter),
    })),
    {
      id: 'programs-completed',
      group: 'relationships',
      name: 'Rotations and mentorships completed',
      definition: 'Rotations and mentorships whose last day fell in the quarter (up to today).',
      source: 'rotations, mentorships',
      unit: 'count',
      higherIsBetter: true,
      values: (quarter) => ({ value: ended(quarter) }),
    },
    {
      id: 'kudos-across-teams',
      group: 'relationships',
      name: 'Kudos across teams',
      definition: 'Thanks given to another team or its people.',
      source: 'kudos, wins enabled by other teams',
      unit: 'count',
      higherIsBetter: true,
      values: (quarter) => ({ value: kudosAcrossTeams(handbook, quarter, today) }),
    },
    {
      id: 'dependencies-done',
      group: 'organization',
      name: 'Dependencies done by their need-by date',
      definition:
        'Share of the dependencies needed in the quarter that were done by their need-by date (the day their history turned done); one still open after its need-by date is late, one done without a dated history is left out.',
      source: 'dependency history',
      unit: 'share',
      higherIsBetter: true,
      values: (quarter) => ({ value: dependenciesOnTime(handbook, quarter, today) }),
    },
    {
      id: 'decisions-consulting',
      group: 'organization',
      name: 'Decisions that consulted other teams',
      definition: 'Share of the decisions (ADRs, not drafts) dated in the quarter that consulted at least one team besides their owners.',
      source: 'adrs',
      unit: 'share',
      higherIsBetter: true,
      values: (quarter) => ({
        value: share(adrsIn(quarter).filter(({ data }) => data.consulted.some((team) => !data.teams.includes(team))).length, adrsIn(quarter).length),
      }),
    },
    {
      id: 'decisions-responses',
      group: 'organization',
      name: 'Decisions with responses from consulted teams',
      definition:
        'Share of the decisions (not drafts) dated in the quarter that consulted teams besides their owners and got a response from at least one of them.',
      source: 'ADR responses',
      unit: 'share',
      higherIsBetter: true,
      values: (quarter) => ({ value: decisionsAnswered(handbook, quarter, today) }),
    },
    {
      id: 'asks-helped',
      group: 'organization',
      name: 'Asks helped by another team',
      definition: 'Share of the asks made in the quarter that someone from another team has helped with.',
      source: 'asks',
      unit: 'share',
      higherIsBetter: true,
      values: (quarter) => ({ value: asksHelpedShare(handbook, quarter, today) }),
    },
    {
      id: 'asks-days-to-help',
      group: 'organization',
      name: 'Median days to help an ask',
      definition: 'Median days from an ask to the first help it got, over the asks first helped in the quarter.',
      source: 'asks',
      unit: 'days',
      higherIsBetter: false,
      values: (quarter) => ({ value: asksDaysToHelp(handbook, quarter, today) }),
    },
    {
      id: 'retro-actions-on-time',
      group: 'organization',
      name: 'Retro actions closed on time',
      definition: 'Share of the retro actions due in the quarter that were closed by their due date; one not yet due and still open is not counted yet.',
      source: 'retros',
      unit: 'share',
      higherIsBetter: true,
      values: (quarter) => ({ value: retroActionsOnTime(handbook, quarter, today) }),
    },
  ];
}

/** Every measure over `quarters` (oldest first); the last quarter is the one reported. */
export function healthMeasures(handbook: Handbook, map: ConnectionMap, quarters: readonly string[]): Measure[] {
  return measureSpecs(handbook, map).map(({ values, ...spec }) => {
    const series = quarters.map((quarter) => ({ quarter, ...(values ? values(quarter) : { value: null }) }));
    const value = series.at(-1)?.value ?? null;
    const previous = series.at(-2)?.value ?? null;
    const numbers = series.map((entry) => entry.value);
    const teams = [...new Set(series.flatMap((entry) => Object.keys(entry.byTeam ?? {})))].sort();
    return {
      ...spec,
      available: values !== undefined,
      quarters: series,
      value,
      previous,
      trend: trendOf(value, previous),
      reassess: fallsTwiceInARow(numbers, spec.higherIsBetter),
      reassessTeams: teams.filter((team) =>
        fallsTwiceInARow(
          series.map((entry) => entry.byTeam?.[team] ?? null),
          spec.higherIsBetter,
        ),
      ),
    };
  });
}
