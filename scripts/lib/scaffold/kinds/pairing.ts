/** `npm run new -- pairing`: a cross-team pair session, its start read in the first person's time zone and written with its offset. */
import { pairingSchema, PAIRING_MINUTES } from '../../../../src/schemas/pairings.ts';
import { alreadyExists, NO_WORDS, reference, timeZoneCheck } from '../checks.ts';
import { listOf, ScaffoldError, textOf } from '../fields.ts';
import { teamOfPerson } from '../people.ts';
import { entryPath, must, oneNewFile, titleField, type KindTemplate } from '../template.ts';
import { slugify, yamlFile, yamlIdList, yamlLines, yamlText } from '../text.ts';
import { LOCAL_TIME, talkDateCheck, talkStart } from './talk.ts';

const MINUTES = pairingSchema.shape.durationMinutes;
const durationCheck = (value: string) =>
  /^\d+$/.test(value) && MINUTES.safeParse(Number(value)).success
    ? undefined
    : `is not a length — write whole minutes, at most ${PAIRING_MINUTES} for a pair session, e.g. 60`;

const pairingSlug = (objective: string) => slugify(objective, 50);

export const pairing: KindTemplate = {
  usage: 'pairing "Learning objective" --people <person-id>,<person-id> --date "2026-12-03 09:00" [--timezone Europe/Lisbon] [--duration 60]',
  fields: [
    { ...titleField, question: 'What you want to learn together (the objective, one line)', check: (value) => (pairingSlug(value) ? undefined : NO_WORDS) },
    {
      name: 'people',
      type: 'ids',
      required: true,
      question: 'Who pairs (person ids, comma-separated, from at least two teams)',
      check: reference('people'),
    },
    {
      name: 'date',
      type: 'text',
      required: true,
      question: 'When it starts',
      hint: () => "e.g. 2026-12-03 09:00, in the first person's time zone, or 2026-12-03T09:00:00Z",
      check: talkDateCheck,
    },
    {
      name: 'timezone',
      type: 'text',
      required: true,
      when: (values) => LOCAL_TIME.test(textOf(values, 'date') ?? ''),
      question: 'Time zone of that time',
      default: (values, context) => context.handbook.people.find((entry) => entry.id === listOf(values, 'people')[0])?.data.timezone ?? context.defaultTimezone,
      check: timeZoneCheck,
    },
    { name: 'duration', type: 'text', question: 'Length in minutes', default: () => '60', check: durationCheck },
  ],
  build(values, context) {
    const objective = must(values, 'title');
    const people = [...new Set(listOf(values, 'people'))];
    const teams = new Set(people.map((person) => teamOfPerson(context, person)));
    if (people.length < 2 || teams.size < 2) {
      throw new ScaffoldError([
        `--people: a pair session needs people from at least two teams, and ${people.length < 2 ? 'lists one person' : `everyone is on ${[...teams][0]}`} — add someone from another team`,
      ]);
    }
    const minutes = Number(must(values, 'duration'));
    const start = talkStart(must(values, 'date'), textOf(values, 'timezone'));
    const id = `${start.date}-${pairingSlug(objective)}`;
    const path = entryPath(context, 'pairings', id, 'yaml');
    if (context.existingIds.pairings.has(id)) throw new ScaffoldError([alreadyExists(path)]);
    const lines = yamlLines([
      ['date', start.dateTime],
      ['durationMinutes', String(minutes)],
      ['people', yamlIdList(people)],
      ['objective', yamlText(objective)],
    ]);
    return oneNewFile({
      path,
      text: yamlFile(lines),
      notes: [
        ...(start.zone ? [`Starts ${start.dateTime.slice(0, 10)} ${start.dateTime.slice(11, 16)} ${start.zone} (${start.dateTime}).`] : []),
        ...(minutes > PAIRING_MINUTES ? [`${minutes} minutes is longer than the ${PAIRING_MINUTES} a pair session lasts: the check will warn.`] : []),
      ],
      next: [`After the session, add \`outcome:\` to ${path}: what you learned.`, 'Run `npm run check`, then open a pull request.'],
    });
  },
};
