/**
 * Checks shared by the kinds of `npm run new`. Each returns what is wrong and what to
 * do, or undefined when the value is fine. The patterns are the schemas' own
 * (`src/schemas/fields.ts`), so what the scaffolder accepts the check accepts too.
 */
import { NOUN, type CollectionName } from '../../../src/lib/collections.ts';
import { closest } from '../../../src/lib/content/suggest.ts';
import type { HandbookEntry } from '../../../src/lib/handbook/types.ts';
import { channelName, GITHUB_TEAM, GITHUB_USER, httpUrl, isoDate, isTimeZone, KEBAB_CASE, SLACK_HANDLE } from '../../../src/schemas/fields.ts';
import type { ScaffoldContext, Values } from './fields.ts';
import { entryPath } from './template.ts';
import { slugify } from './text.ts';

/** A title that yields no id. */
export const NO_WORDS = 'has no letters or digits to make a file name from — use a title with words in it';

/** The refusal for a file that exists: nothing is ever overwritten. */
export const alreadyExists = (path: string) => `${path} already exists, and nothing is ever overwritten — edit that file, or choose a different title`;

/** The ids a reference can name, shown with its question. */
export function idsHint(collection: CollectionName) {
  return (_values: Values, context: ScaffoldContext): string | undefined => {
    const ids = [...context.existingIds[collection]].sort();
    if (ids.length === 0) return `there are no ${collection} yet`;
    return `${collection}: ${ids.length <= 12 ? ids.join(', ') : `${ids.slice(0, 12).join(', ')}, … (${ids.length} in ${context.contentDir}/${collection}/)`}`;
  };
}

/** The id must name an existing, valid, published entry of `collection`. */
export function reference(collection: CollectionName) {
  return (id: string, _values: Values, context: ScaffoldContext): string | undefined => {
    const noun = NOUN[collection];
    if (!context.existingIds[collection].has(id)) {
      const guess = closest(id, context.existingIds[collection]);
      return `there is no ${noun} with this id in ${context.contentDir}/${collection}/ — ${guess ? `did you mean "${guess}"? Otherwise use` : 'use'} the file name of an entry there, without its extension`;
    }
    const entry = (context.handbook[collection] as HandbookEntry<{ draft: boolean }>[]).find((candidate) => candidate.id === id);
    if (!entry) return `this ${noun}'s file has errors, so nothing can refer to it yet — run \`npm run check\` and fix them first`;
    if (entry.data.draft)
      return `this ${noun} is a draft, so the new entry would point at something missing from the published site — publish it first (remove \`draft: true\`), or choose another`;
    return undefined;
  };
}

/** A new entry's id must be free: the same title twice is the same entry, and nothing is overwritten. */
export function freeId(collection: CollectionName, extension: string, idOf: (title: string, values: Values) => string) {
  return (title: string, values: Values, context: ScaffoldContext): string | undefined => {
    const id = idOf(title, values);
    if (!id) return NO_WORDS;
    if (context.existingIds[collection].has(id)) return alreadyExists(entryPath(context, collection, id, extension));
    return undefined;
  };
}

const schemaCheck =
  (schema: { safeParse(value: unknown): { success: boolean } }, problem: string) =>
  (value: string): string | undefined =>
    schema.safeParse(value).success ? undefined : problem;

export const dateCheck = schemaCheck(isoDate, 'is not a date — write it as YYYY-MM-DD, e.g. 2026-12-08');
export const urlCheck = schemaCheck(httpUrl, 'is not a web address — write a full address starting with https://');
export const timeZoneCheck = (value: string) =>
  isTimeZone(value) ? undefined : 'is not an IANA time zone — use a name such as America/Los_Angeles, Europe/Berlin, Asia/Tokyo or UTC';
export const tagCheck = (value: string) => (KEBAB_CASE.test(value) ? undefined : 'is not a tag — write tags in lower-case kebab-case, e.g. databases');
export const idCheck = (value: string) =>
  KEBAB_CASE.test(value) ? undefined : `is not an id — ids are file names in lower-case kebab-case, e.g. ${slugify(value) || 'ada-lovelace'}`;

/** Channel names start with `#`, which a shell reads as a comment, so the `#` may be left out. */
export const channel = (value: string) => (value.startsWith('#') ? value : `#${value}`);
export const channelCheck = (value: string) =>
  channelName.safeParse(channel(value)).success
    ? undefined
    : 'is not a channel name — use lower-case letters, digits and hyphens, e.g. payments (the # is added)';
export const githubTeam = (value: string) => (value.startsWith('@') ? value : `@${value}`);
export const githubTeamCheck = (value: string) =>
  GITHUB_TEAM.test(githubTeam(value)) ? undefined : 'is not a GitHub team — write it as @organization/team-slug, e.g. @acme/payments';
export const githubUser = (value: string) => value.replace(/^@/, '');
export const githubUserCheck = (value: string) =>
  GITHUB_USER.test(githubUser(value)) ? undefined : 'is not a GitHub user name — write the name only, e.g. octocat';
export const slackHandle = (value: string) => (value.startsWith('@') ? value : `@${value}`);
export const slackCheck = (value: string) => (SLACK_HANDLE.test(slackHandle(value)) ? undefined : 'is not a Slack handle — e.g. @ana');
