/**
 * A synthetic handbook of a given size, valid by construction, with the mix a
 * large organization has: many people and weekly updates, a long decision log with
 * supersedes chains, talks with transcripts, dependencies between teams, and some
 * Mermaid diagrams. Deterministic: the same size gives the same files.
 */

export interface GeneratedFile {
  /** Path relative to the content folder, e.g. `teams/team-007.md`. */
  path: string;
  text: string;
}

/** Shares of each collection in the mix. */
const MIX = { teams: 0.02, people: 0.2, adrs: 0.25, talks: 0.08, guilds: 0.01, dependencies: 0.1 } as const;

const WORDS =
  'service latency queue cache index schema rollout migration contract endpoint deploy pipeline replica shard region budget alert dashboard incident review runbook owner capacity throughput retry timeout backfill consumer producer partition release flag experiment audit token session gateway cluster storage'.split(
    ' ',
  );
const ZONES = [
  'America/Los_Angeles',
  'America/New_York',
  'Europe/Berlin',
  'Europe/Lisbon',
  'Asia/Kolkata',
  'Asia/Tokyo',
  'Australia/Sydney',
  'America/Sao_Paulo',
];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;

/** A small deterministic generator (mulberry32), so runs are comparable. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 4) => String(n).padStart(width, '0');
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** How many entries of each collection a handbook of `size` entries has; `teams` fixes the number of teams. */
export function entryCounts(size: number, teams?: number) {
  const count = (share: number, minimum: number) => Math.max(minimum, Math.round(size * share));
  const teamCount = teams ?? count(MIX.teams, 3);
  const peopleCount = Math.max(count(MIX.people, 6), teamCount * 2);
  const adrCount = count(MIX.adrs, 3);
  const talkCount = count(MIX.talks, 2);
  const guildCount = count(MIX.guilds, 2);
  const dependencyCount = count(MIX.dependencies, 2);
  const updateCount = Math.max(1, size - teamCount - peopleCount - adrCount - talkCount - guildCount - dependencyCount);
  return { teamCount, peopleCount, adrCount, talkCount, guildCount, dependencyCount, updateCount };
}

/** The generated body text draws its words from this list. */
export const TOPIC_WORDS: readonly string[] = WORDS;

export function generateHandbook(size: number, seed = 42, options: { teams?: number | undefined } = {}): GeneratedFile[] {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const sentence = (words = 14) => {
    const text = Array.from({ length: words }, () => pick(WORDS)).join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = (sentences = 4) => Array.from({ length: sentences }, () => sentence(8 + Math.floor(rand() * 10))).join(' ');

  const { teamCount, peopleCount, adrCount, talkCount, guildCount, dependencyCount, updateCount } = entryCounts(size, options.teams);

  const teams = Array.from({ length: teamCount }, (_, i) => `team-${pad(i, 3)}`);
  const people = Array.from({ length: peopleCount }, (_, i) => ({ id: `person-${pad(i, 5)}`, team: teams[i % teamCount]! }));
  const membersOf = (team: string) => people.filter((p) => p.team === team);
  const files: GeneratedFile[] = [];

  for (const person of people) {
    files.push({
      path: `people/${person.id}.yaml`,
      text: `name: Person ${person.id.slice(7)}\nteam: ${person.team}\nrole: Software Engineer\ntimezone: ${pick(ZONES)}\ngithub: ${person.id}\n`,
    });
  }

  teams.forEach((team, index) => {
    const lead = membersOf(team)[0]!.id;
    const weekday = WEEKDAYS[index % WEEKDAYS.length]!;
    // 2026-09-07 is a Monday; offset to the chosen weekday.
    const startsOn = addDays('2026-09-07', WEEKDAYS.indexOf(weekday));
    files.push({
      path: `teams/${team}.md`,
      text: [
        '---',
        `name: Team ${index}`,
        `summary: ${sentence(10)}`,
        `lead: ${lead}`,
        `githubTeam: '@acme/${team}'`,
        'channels:',
        `  - name: '#${team}'`,
        '    purpose: Questions and requests',
        'priorities:',
        `  - title: ${sentence(6)}`,
        'lookingForInput:',
        `  - topic: ${sentence(8)}`,
        'wins:',
        `  - title: ${sentence(7)}`,
        `    date: ${addDays('2026-11-20', -index % 60)}`,
        ...(index % 3 === 0
          ? [
              'officeHours:',
              `  weekday: ${weekday}`,
              "  time: '15:00'",
              `  timezone: ${pick(ZONES)}`,
              '  everyWeeks: 2',
              `  startsOn: ${startsOn}`,
              '  durationMinutes: 45',
            ]
          : []),
        'reviewed: 2026-11-20',
        '---',
        `## How to work with us\n\n${paragraph()}\n\n## On-call\n\n${paragraph()}`,
        '',
      ].join('\n'),
    });
  });

  for (let i = 0; i < adrCount; i++) {
    const number = i + 1;
    const owner = teams[i % teamCount]!;
    // Every tenth ADR replaces the one before it, forming chains.
    const supersedes = number % 10 === 0 ? [`${pad(number - 1)}-decision-${number - 1}`] : [];
    const superseded = (number + 1) % 10 === 0 && number + 1 <= adrCount;
    const status = superseded ? 'superseded' : number % 17 === 0 ? 'proposed' : number % 13 === 0 ? 'rejected' : 'accepted';
    const diagram =
      number % 20 === 0 ? `\n\n\`\`\`mermaid\nflowchart LR\n  A${number}[Client] --> B${number}[${pick(WORDS)}] --> C${number}[(Store)]\n\`\`\`` : '';
    files.push({
      path: `adrs/${pad(number)}-decision-${number}.md`,
      text: [
        '---',
        `title: Decision ${number} on ${pick(WORDS)} ${pick(WORDS)}`,
        `status: ${status}`,
        `date: ${addDays('2026-11-20', -((adrCount - i) % 700))}`,
        `teams: [${owner}]`,
        `deciders: [${membersOf(owner)[0]!.id}]`,
        `consulted: [${teams[(i + 1) % teamCount]}]`,
        ...(supersedes.length ? [`supersedes: [${supersedes.join(', ')}]`] : []),
        ...(status === 'proposed' ? ['feedbackBy: 2026-12-31'] : []),
        `tags: [${pick(WORDS)}, ${pick(WORDS)}]`,
        '---',
        `## Context\n\n${paragraph(5)}\n\n## Decision\n\n${paragraph(4)}${diagram}\n\n## Consequences\n\n${paragraph(3)}\n\n## Alternatives Considered\n\n${paragraph(3)}`,
        '',
      ].join('\n'),
    });
  }

  for (let i = 0; i < talkCount; i++) {
    const team = teams[i % teamCount]!;
    const date = `${addDays('2026-12-15', -i * 3)}T16:00:00Z`;
    files.push({
      path: `talks/${date.slice(0, 10)}-talk-${i}.md`,
      text: [
        '---',
        `title: Talk ${i} about ${pick(WORDS)}`,
        `date: ${date}`,
        `speakers: [${membersOf(team)[0]!.id}]`,
        `team: ${team}`,
        'durationMinutes: 30',
        ...(i % 4 === 0 ? [] : [`recording: https://www.youtube.com/watch?v=talk${i}`]),
        `tags: [${pick(WORDS)}]`,
        '---',
        `${paragraph(3)}\n\n## Transcript\n\n${Array.from({ length: 6 }, () => paragraph(5)).join('\n\n')}`,
        '',
      ].join('\n'),
    });
  }

  for (let i = 0; i < guildCount; i++) {
    const members = [...new Set(Array.from({ length: 8 }, (_, k) => people[(i * 7 + k * 13) % peopleCount]!.id))];
    files.push({
      path: `guilds/guild-${i}.md`,
      text: [
        '---',
        `name: Guild ${i}`,
        `purpose: ${sentence(10)}`,
        `leads: [${members[0]}]`,
        `members: [${members.join(', ')}]`,
        'cadence: Every other Thursday',
        `channel: '#guild-${i}'`,
        'founded: 2025-01-15',
        '---',
        paragraph(4),
        '',
      ].join('\n'),
    });
  }

  const statuses = ['planned', 'on-track', 'at-risk', 'blocked', 'done'] as const;
  for (let i = 0; i < dependencyCount; i++) {
    // Edges only go from a later team to an earlier one, so deliverables never form a cycle.
    const from = 1 + (i % (teamCount - 1));
    const to = Math.floor(rand() * from);
    files.push({
      path: `dependencies/dependency-${pad(i, 5)}.yaml`,
      text: [
        'from:',
        `  team: ${teams[from]}`,
        `  deliverable: Deliverable ${from}-${i % 5}`,
        'to:',
        `  team: ${teams[to]}`,
        `  deliverable: Service ${to}-${i % 3}`,
        `status: ${statuses[i % statuses.length]}`,
        `needBy: ${addDays('2026-12-01', i % 90)}`,
        '',
      ].join('\n'),
    });
  }

  for (let i = 0; i < updateCount; i++) {
    const team = teams[i % teamCount]!;
    const date = addDays('2026-11-20', -7 * Math.floor(i / teamCount));
    files.push({
      path: `updates/${date}-${team}.md`,
      text: [
        '---',
        `team: ${team}`,
        `date: ${date}`,
        'shipped:',
        `  - ${sentence(8)}`,
        `  - ${sentence(6)}`,
        'next:',
        `  - ${sentence(6)}`,
        '---',
        paragraph(3),
        '',
      ].join('\n'),
    });
  }
  return files;
}
