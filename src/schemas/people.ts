/** A person in the organization: `content/people/<id>.yaml`. */
import { z } from 'zod';
import { draft, entryId, GITHUB_USER, list, pattern, SLACK_HANDLE, text, timeZone, title } from './fields.ts';

export const personSchema = z.strictObject({
  /** Full name as colleagues know it. */
  name: title,
  /** The team the person belongs to (a team id). Team membership is derived from this field. */
  team: entryId,
  /** Role or job title, e.g. "Staff Engineer". */
  role: text,
  /** The person's IANA time zone, so others know when to reach them. */
  timezone: timeZone,
  /** GitHub user name, without `@`. */
  github: pattern(GITHUB_USER, 'is not a GitHub user name', 'write the user name without @, e.g. octocat').optional(),
  /** Addresses the person commits with, so `npm run signals:git` can tell whose commits are whose; at most 5. */
  emails: list(pattern(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'is not an email address', 'write an address such as ana@example.com'), 5).optional(),
  /** Slack handle, with `@`. */
  slack: pattern(SLACK_HANDLE, 'is not a Slack handle', 'write it with a leading @, e.g. @ana').optional(),
  /** Hidden from production builds while true. */
  draft,
});

export type PersonInput = z.input<typeof personSchema>;
export type Person = z.output<typeof personSchema>;
