/** `npm run new -- talk`: a talk, its start read in the first speaker's time zone and written with its offset. */
import { offsetAt, zonedTimeToInstant } from '../../../../src/lib/time/zones.ts';
import { CLOCK_TIME } from '../../../../src/schemas/fields.ts';
import { talkSchema } from '../../../../src/schemas/talks.ts';
import { alreadyExists, dateCheck, idsHint, NO_WORDS, reference, tagCheck, timeZoneCheck, urlCheck } from '../checks.ts';
import { listOf, ScaffoldError, textOf } from '../fields.ts';
import { entryPath, must, oneNewFile, titleField, type KindTemplate } from '../template.ts';
import { markdownFile, slugify, yamlIdList, yamlIdListOrNone, yamlLines, yamlText } from '../text.ts';

/** The start as typed: a date and time with an offset, or a local time read in --timezone. */
const WITH_OFFSET = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2})?(Z|[+-]\d{2}:\d{2})$/;
export const LOCAL_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})$/;

export function talkDateCheck(value: string): string | undefined {
  const match = WITH_OFFSET.exec(value) ?? LOCAL_TIME.exec(value);
  const problem =
    'is not a start time — write the date and the time, e.g. "2026-12-04 17:00" (in the first speaker\'s time zone, or --timezone) or 2026-12-04T17:00:00Z';
  if (!match) return problem;
  const [, date, time] = match as unknown as [string, string, string];
  if (dateCheck(date) || !CLOCK_TIME.test(time)) return problem;
  return undefined;
}

function formatOffset(milliseconds: number): string {
  if (milliseconds === 0) return 'Z';
  const minutes = Math.abs(Math.round(milliseconds / 60_000));
  return `${milliseconds < 0 ? '-' : '+'}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The talk's start with an explicit offset, and the local date its id starts with. */
export function talkStart(value: string, timeZone: string | undefined): { dateTime: string; date: string; zone?: string } {
  const offset = WITH_OFFSET.exec(value);
  if (offset) return { dateTime: `${offset[1]}T${offset[2]}:00${offset[3]}`, date: offset[1]! };
  const [, date, time] = LOCAL_TIME.exec(value) as unknown as [string, string, string];
  const zone = timeZone ?? 'UTC';
  const instant = zonedTimeToInstant(date, time, zone).getTime();
  const shift = offsetAt(instant, zone);
  // Read the wall clock back from the instant: a time skipped by a daylight-saving change moves forward, as calendars do.
  const wall = new Date(instant + shift).toISOString();
  return { dateTime: `${wall.slice(0, 16)}:00${formatOffset(shift)}`, date: wall.slice(0, 10), zone };
}

// The schema's bounds, so the scaffolder and the check agree on what a length is.
const { minValue: MIN_MINUTES, maxValue: MAX_MINUTES } = talkSchema.shape.durationMinutes;
const durationCheck = (value: string) =>
  /^\d+$/.test(value) && talkSchema.shape.durationMinutes.safeParse(Number(value)).success
    ? undefined
    : `is not a length — write whole minutes between ${MIN_MINUTES} and ${MAX_MINUTES}, e.g. 45`;

const talkSlug = (value: string) => slugify(value, 50);

export const talk: KindTemplate = {
  usage:
    'talk "Timescale in production" --team <team-id> --speaker <person-id> --date "2026-12-04 17:00" [--timezone Europe/Berlin] [--duration 30] [--series "…"] [--recording <url>] [--slides <url>] [--tag <tag>] [--abstract "…"]',
  fields: [
    { ...titleField, question: 'Title of the talk', check: (value) => (talkSlug(value) ? undefined : NO_WORDS) },
    { name: 'team', type: 'text', required: true, question: 'Presenting team (a team id)', hint: idsHint('teams'), check: reference('teams') },
    { name: 'speaker', type: 'ids', required: true, question: 'Speakers (person ids, comma-separated)', hint: idsHint('people'), check: reference('people') },
    {
      name: 'date',
      type: 'text',
      required: true,
      question: 'When it starts',
      hint: () => "e.g. 2026-12-04 17:00, in the first speaker's time zone, or 2026-12-04T17:00:00Z",
      check: talkDateCheck,
    },
    {
      name: 'timezone',
      type: 'text',
      required: true,
      when: (values) => LOCAL_TIME.test(textOf(values, 'date') ?? ''),
      question: 'Time zone of that time',
      // The time a speaker types is the time on their own clock.
      default: (values, context) =>
        context.handbook.people.find((entry) => entry.id === listOf(values, 'speaker')[0])?.data.timezone ?? context.defaultTimezone,
      check: timeZoneCheck,
    },
    {
      name: 'duration',
      type: 'text',
      question: 'Length in minutes',
      default: () => '30',
      check: durationCheck,
    },
    { name: 'series', type: 'text', question: 'Talk series' },
    { name: 'recording', type: 'text', question: 'Recording (YouTube, Vimeo, Loom or a video file)', check: urlCheck },
    { name: 'slides', type: 'text', question: 'Slides', check: urlCheck },
    { name: 'tag', type: 'ids', question: 'Tags', check: tagCheck },
    { name: 'abstract', type: 'text', ask: true, question: 'Abstract: what the talk covers and who it is for' },
  ],
  build(values, context) {
    const name = must(values, 'title');
    const start = talkStart(must(values, 'date'), textOf(values, 'timezone'));
    const id = `${start.date}-${talkSlug(name)}`;
    if (context.existingIds.talks.has(id)) {
      throw new ScaffoldError([alreadyExists(entryPath(context, 'talks', id, 'md'))]);
    }
    const front = yamlLines([
      ['title', yamlText(name)],
      ['date', start.dateTime],
      ['speakers', yamlIdList(listOf(values, 'speaker'))],
      ['team', must(values, 'team')],
      ['series', textOf(values, 'series') === undefined ? undefined : yamlText(must(values, 'series'))],
      ['durationMinutes', must(values, 'duration')],
      ['recording', textOf(values, 'recording')],
      ['slides', textOf(values, 'slides')],
      ['tags', yamlIdListOrNone(listOf(values, 'tag'))],
    ]);
    const abstract = textOf(values, 'abstract');
    const body = [
      abstract ?? '<!-- The abstract: what the talk covers and who it is for, in a paragraph or two. -->',
      '',
      '<!-- After the talk: add `recording:` above, and a "## Transcript" section if you have one; it is searchable. -->',
    ].join('\n');
    const path = entryPath(context, 'talks', id, 'md');
    return oneNewFile({
      path,
      text: markdownFile(front, body),
      notes: start.zone ? [`Starts ${start.dateTime.slice(0, 10)} ${start.dateTime.slice(11, 16)} ${start.zone} (${start.dateTime}).`] : [],
      next: [
        abstract === undefined ? `Write the abstract in ${path}.` : `Check the abstract in ${path}.`,
        'Run `npm run check`, then open a pull request. After the talk, add the recording link.',
      ],
    });
  },
};
