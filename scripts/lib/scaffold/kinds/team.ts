/** `npm run new -- team`: a team page, and its lead: a new person, or one moved from another team when asked. */
import { channel, channelCheck, freeId, githubTeam, githubTeamCheck, idCheck, idsHint } from '../checks.ts';
import { ScaffoldError, textOf, type ScaffoldContext, type Values } from '../fields.ts';
import { entryPath, must, titleField, type KindTemplate, type Plan } from '../template.ts';
import { markdownFile, slugify, yamlLines, yamlText } from '../text.ts';
import { movePerson, personFile, timeZoneField } from './person.ts';

const leadOf = (values: Values, context: ScaffoldContext) => {
  const id = textOf(values, 'lead');
  return id === undefined ? undefined : context.handbook.people.find((person) => person.id === id);
};
const leadIsNew = (values: Values, context: ScaffoldContext) => {
  const id = textOf(values, 'lead');
  return id !== undefined && !context.existingIds.people.has(id);
};
const teamIdOf = (values: Values) => slugify(textOf(values, 'title') ?? '');
const leadOnOtherTeam = (values: Values, context: ScaffoldContext) => {
  const person = leadOf(values, context);
  return person !== undefined && person.data.team !== teamIdOf(values);
};

/**
 * What putting the lead on the team takes: a file for a new person, a change of `team:`
 * for one on another team (only with --move-lead, and never taking another team's lead),
 * or nothing for someone already on it.
 * @throws ScaffoldError when the lead cannot be moved
 */
function placeLead(leadId: string, teamId: string, values: Values, context: ScaffoldContext): Pick<Plan, 'create' | 'change' | 'notes'> {
  const person = leadOf(values, context);
  if (!person) {
    const text = personFile(must(values, 'lead-name'), teamId, must(values, 'lead-role'), must(values, 'timezone'));
    return { create: [{ path: entryPath(context, 'people', leadId, 'yaml'), text }], change: [], notes: [] };
  }
  if (person.data.team === teamId) return { create: [], change: [], notes: [] };
  const source = person.filePath ?? entryPath(context, 'people', leadId, 'yaml');
  if (values['move-lead'] !== true) {
    throw new ScaffoldError([
      `--lead "${leadId}": is on team "${person.data.team}" (${source}), and a team's lead must be on the team — pass --move-lead to move them to ${teamId} (this changes \`team:\` in their file), or name someone new: --lead <new-id> --lead-name "Full Name"`,
    ]);
  }
  const led = context.handbook.teams.find((other) => other.data.lead === leadId);
  if (led) {
    throw new ScaffoldError([
      `--lead "${leadId}": leads team "${led.id}" (${led.filePath ?? entryPath(context, 'teams', led.id, 'md')}), which would lose its lead — choose a new lead for ${led.id} first, or name someone else`,
    ]);
  }
  return {
    create: [],
    change: [
      {
        path: source,
        why: `moves ${leadId} from team ${person.data.team} to ${teamId}, because a team's lead must be on the team`,
        edit: (text) => movePerson(text, teamId),
      },
    ],
    notes: [`${leadId} moves from team ${person.data.team} to ${teamId}.`],
  };
}

export const team: KindTemplate = {
  usage:
    'team "Payments" --summary "…" --lead <person-id> [--lead-name "Full Name" --lead-role "…" --timezone <IANA zone>] [--move-lead] [--github-team @org/team] [--channel payments]',
  fields: [
    { ...titleField, question: 'Name of the team', check: freeId('teams', 'md', (value) => slugify(value)) },
    { name: 'summary', type: 'text', required: true, question: 'One sentence: what the team owns' },
    {
      name: 'lead',
      type: 'text',
      required: true,
      question: 'Who leads the team (a person id; a new id adds that person)',
      hint: idsHint('people'),
      check: (value, _values, context) => {
        const problem = idCheck(value);
        if (problem) return problem;
        if (context.existingIds.people.has(value) && !context.handbook.people.some((person) => person.id === value)) {
          return "this person's file has errors — run `npm run check` and fix them first";
        }
        return undefined;
      },
    },
    {
      name: 'lead-name',
      type: 'text',
      required: true,
      when: leadIsNew,
      question: (values) => `Full name of ${textOf(values, 'lead')}, who is new to the handbook`,
    },
    { name: 'lead-role', type: 'text', required: true, when: leadIsNew, question: 'Their role', default: () => 'Team Lead' },
    { ...timeZoneField, when: leadIsNew, question: 'Their time zone' },
    {
      name: 'move-lead',
      type: 'flag',
      ask: true,
      when: leadOnOtherTeam,
      question: (values, context) =>
        `${textOf(values, 'lead')} is on team "${leadOf(values, context)?.data.team}", and a team's lead must be on the team. Move them to ${teamIdOf(values)}?`,
    },
    {
      name: 'github-team',
      type: 'text',
      ask: true,
      question: 'GitHub team that reviews its pages, for CODEOWNERS',
      hint: () => 'e.g. @acme/payments',
      check: githubTeamCheck,
    },
    { name: 'channel', type: 'text', ask: true, question: 'Chat channel for questions', hint: () => 'e.g. payments', check: channelCheck },
  ],
  build(values, context) {
    const name = must(values, 'title');
    const id = slugify(name);
    const leadId = must(values, 'lead');
    const path = entryPath(context, 'teams', id, 'md');
    const lead = placeLead(leadId, id, values, context);
    const channelValue = textOf(values, 'channel');
    const github = textOf(values, 'github-team');
    const front = [
      ...yamlLines([
        ['name', yamlText(name)],
        ['summary', yamlText(must(values, 'summary'))],
        ['lead', leadId],
        ['githubTeam', github === undefined ? undefined : yamlText(githubTeam(github))],
      ]),
      ...(channelValue === undefined
        ? []
        : ['channels:', `  - name: ${yamlText(channel(channelValue))}`, `    purpose: ${yamlText(`Questions and requests for ${name}`)}`]),
      `reviewed: ${context.today}`,
    ];
    const body = [
      '<!--',
      'How to work with the team: what it owns, where to ask, how to request work and what to expect.',
      'Headings such as "## What we own" and "## Getting help" help readers find their way.',
      '-->',
    ].join('\n');
    return {
      create: [{ path, text: markdownFile(front, body) }, ...lead.create],
      change: lead.change,
      notes: lead.notes,
      next: [
        `Describe how to work with the team in the body of ${path}; add priorities, lookingForInput and officeHours when you have them (the fields are in src/schemas/teams.ts).`,
        `Members join by setting \`team: ${id}\` in their ${context.contentDir}/people/<id>.yaml (or: npm run new -- person "Full Name" --team ${id}).`,
        ...(github === undefined ? ['Add `githubTeam: "@org/team"` when the team has a GitHub team, so it reviews its own pages (CODEOWNERS).'] : []),
        'Run `npm run check`, then open a pull request.',
      ],
    };
  },
};
