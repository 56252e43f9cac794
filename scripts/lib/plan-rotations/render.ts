/** A rotation plan as people read it (a Markdown table, one line of reasoning per pair) and as tools read it (JSON). */
import { formatSpan } from '../../../src/lib/programs/format.ts';
import { rotationSpan } from '../../../src/lib/programs/spans.ts';
import { formatDate } from '../../../src/lib/time/format.ts';
import type { Connection } from './connections.ts';
import { NO_REPEAT_QUARTERS, type PlannedPair, type RotationPlan } from './plan.ts';
import { shiftQuarter } from './quarter.ts';

/** Names of teams and people, by id. */
export interface Names {
  team: (id: string) => string;
  person: (id: string) => string;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** "no shared dependency or guild; last paired never", "1 dependency, 2 shared guilds; last paired 2025-Q3". */
export function reasonOf(connection: Connection): string {
  const parts =
    connection.dependencies === 0 && connection.guilds === 0
      ? ['no shared dependency or guild']
      : [
          connection.dependencies ? plural(connection.dependencies, 'dependency', 'dependencies') : 'no dependency',
          connection.guilds ? plural(connection.guilds, 'shared guild') : 'no shared guild',
        ];
  if (connection.mentorships) parts.push(plural(connection.mentorships, 'mentorship'));
  if (connection.pairings) parts.push(plural(connection.pairings, 'pair session'));
  if (connection.rotations) parts.push(plural(connection.rotations, 'earlier rotation'));
  return `${parts.join(', ')}; last paired ${connection.lastPaired ?? 'never'}`;
}

/** Why a team gets no pair, in a sentence. */
export function leftOutText(plan: RotationPlan, item: RotationPlan['leftOut'][number]): string {
  switch (item.reason) {
    case 'taken':
      return 'has a rotation starting this quarter already';
    case 'few-people':
      return `only ${plural(item.free ?? 0, 'person is', 'people are')} free this quarter, and a visitor needs a colleague who stays to cover`;
    case 'no-partner':
      return `rotated with every team it could pair with in the last ${NO_REPEAT_QUARTERS} quarters`;
    case 'odd': {
      const teams = plan.pairs.length * 2 + plan.leftOut.filter((other) => other.reason === 'odd' || other.reason === 'no-partner').length;
      return teams % 2 === 1
        ? `left over: ${teams} teams can rotate this quarter, an odd number`
        : 'left over: the teams it may pair with are the only partners of others';
    }
  }
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function visits(pair: PlannedPair, names: Names): string {
  const lines = pair.rotations.map(
    (r) =>
      `${names.person(r.person)} → ${names.team(r.hostTeam)}, ${formatSpan(rotationSpan(r))} (buddy ${names.person(r.buddy)}, cover ${names.person(r.cover)})`,
  );
  return [...lines, ...(pair.note ? [`(${pair.note})`] : [])].map(cell).join('<br>');
}

export function planMarkdown(plan: RotationPlan, names: Names): string {
  const first = plan.fortnights[0];
  const last = plan.fortnights.at(-1);
  const lines = [
    `# Rotation plan for ${plan.quarter.id}`,
    '',
    first && last
      ? `${plural(plan.fortnights.length, 'fortnight')} from ${formatDate(first.start)} to ${formatDate(last.last)}. Each pair of teams exchanges one person each way, for two weeks, in two different fortnights. Teams are paired with the teams they are least connected to (dependencies, guilds, rotations, mentorships, pair sessions), never with a team they rotated with since ${shiftQuarter(plan.quarter, -NO_REPEAT_QUARTERS).id}.`
      : `${plan.quarter.id} has no whole fortnight to plan.`,
    '',
  ];
  if (plan.pairs.length) {
    lines.push('| Pair | Visits | Why this pair |', '| --- | --- | --- |');
    for (const pair of plan.pairs)
      lines.push(`| ${cell(`${names.team(pair.teams[0])} ↔ ${names.team(pair.teams[1])}`)} | ${visits(pair, names)} | ${cell(reasonOf(pair.connection))} |`);
  } else {
    lines.push('No pair of teams can rotate this quarter.');
  }
  if (plan.alreadyPlanned.length) {
    lines.push('', 'Already planned this quarter:');
    for (const planned of plan.alreadyPlanned)
      lines.push(`- ${names.team(planned.teams[0])} ↔ ${names.team(planned.teams[1])}: ${planned.rotations.join(', ')}`);
  }
  const notPaired = plan.leftOut.filter((item) => item.reason !== 'taken');
  if (notPaired.length) {
    lines.push('', 'Not paired:');
    for (const item of notPaired) lines.push(`- ${names.team(item.team)}: ${leftOutText(plan, item)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function planJson(plan: RotationPlan, names: Names): string {
  const team = (id: string) => ({ id, name: names.team(id) });
  return `${JSON.stringify(
    {
      quarter: plan.quarter.id,
      fortnights: plan.fortnights.map(({ start, last }) => ({ start, last })),
      pairs: plan.pairs.map((pair) => ({
        teams: pair.teams.map(team),
        strength: pair.strength,
        connection: pair.connection,
        reason: reasonOf(pair.connection),
        rotations: pair.rotations,
        ...(pair.note ? { note: pair.note } : {}),
      })),
      alreadyPlanned: plan.alreadyPlanned.map((planned) => ({ teams: planned.teams.map(team), rotations: planned.rotations })),
      leftOut: plan.leftOut.map((item) => ({ team: team(item.team), reason: item.reason, why: leftOutText(plan, item) })),
    },
    null,
    2,
  )}\n`;
}
