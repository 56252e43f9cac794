/** `npm run new -- person`: a person's YAML file; also how a team's new lead is written, and how a lead moves team. */
import { parseDocument } from 'yaml';
import { freeId, githubUser, githubUserCheck, idsHint, reference, slackCheck, slackHandle, timeZoneCheck } from '../checks.ts';
import { textOf, type Field } from '../fields.ts';
import { entryPath, must, oneNewFile, titleField, type KindTemplate } from '../template.ts';
import { slugify, yamlFile, yamlLines, yamlText } from '../text.ts';

/** A person's time zone: offered from the machine in a terminal, never silently taken from it. */
export const timeZoneField: Field = {
  name: 'timezone',
  type: 'text',
  required: true,
  question: 'Time zone',
  hint: () => 'an IANA name, e.g. Europe/Berlin or America/New_York',
  suggest: (_values, context) => context.localTimezone,
  check: timeZoneCheck,
};

export function personFile(name: string, team: string, role: string, timezone: string, github?: string, slack?: string): string {
  return yamlFile(
    yamlLines([
      ['name', yamlText(name)],
      ['team', team],
      ['role', yamlText(role)],
      ['timezone', timezone],
      ['github', github === undefined ? undefined : githubUser(github)],
      ['slack', slack === undefined ? undefined : yamlText(slackHandle(slack))],
    ]),
  );
}

/** The person's file with `team:` changed, everything else as it was. */
export function movePerson(text: string, team: string): string {
  const document = parseDocument(text);
  document.set('team', team);
  return document.toString({ lineWidth: 0 });
}

export const person: KindTemplate = {
  usage: 'person "Ada Lovelace" --team <team-id> --role "Staff Engineer" --timezone Europe/London [--github ada] [--slack @ada]',
  fields: [
    { ...titleField, question: 'Full name', check: freeId('people', 'yaml', (value) => slugify(value)) },
    { name: 'team', type: 'text', required: true, question: 'Team (a team id)', hint: idsHint('teams'), check: reference('teams') },
    { name: 'role', type: 'text', required: true, question: 'Role or job title (e.g. Staff Engineer)' },
    timeZoneField,
    { name: 'github', type: 'text', ask: true, question: 'GitHub user name', check: githubUserCheck },
    { name: 'slack', type: 'text', question: 'Slack handle', check: slackCheck },
  ],
  build(values, context) {
    const name = must(values, 'title');
    const id = slugify(name);
    const path = entryPath(context, 'people', id, 'yaml');
    return oneNewFile({
      path,
      text: personFile(name, must(values, 'team'), must(values, 'role'), must(values, 'timezone'), textOf(values, 'github'), textOf(values, 'slack')),
      next: [`Others refer to this person as "${id}" (speakers, deciders, guild members). Run \`npm run check\`, then open a pull request.`],
    });
  },
};
