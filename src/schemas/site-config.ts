/** The handbook's settings: `src/config.ts` holds the values, this file their shape. */
import { z } from 'zod';
import { httpUrl, timeZone } from './fields.ts';

export const siteConfigSchema = z.strictObject({
  /** Organization name, shown in the header and feeds. */
  orgName: z.string().min(1),
  /** Handbook title. */
  title: z.string().min(1),
  /** Public origin of the deployed site, e.g. https://handbook.example.com. */
  site: httpUrl,
  /** Path the site is served under: `/` or `/handbook/`. */
  base: z.string().regex(/^\/(?:[A-Za-z0-9._~-]+\/)*$/, { message: 'must be / or a path that starts and ends with /, such as /handbook/' }),
  /** Repository web URL, for "Edit this page" links, e.g. https://github.com/acme/handbook. */
  repository: httpUrl,
  /** Branch that deploys, used in edit links. */
  branch: z.string().min(1),
  /** A team page not reviewed for this many days is flagged as stale. */
  staleAfterDays: z.number().int().positive(),
  /** An accepted decision neither made nor reviewed within this many days gets a gentle "still true?" flag. */
  decisionReviewAfterDays: z.number().int().positive(),
  /** Time zone for dates when no other is given. */
  defaultTimezone: timeZone,
  /** Folder of the handbook's content, relative to the project root. */
  contentDir: z.string().min(1),
  /** Folder of the rendered-diagram cache, relative to the project root; CI restores it between runs. */
  diagramCacheDir: z.string().min(1),
  /** How long one diagram in content may take to render, in milliseconds; past it the build fails naming the fence. */
  diagramTimeoutMs: z.number().int().positive(),
  /** Most bytes of SVG one diagram in content may render to (a page carries it inline). */
  diagramMaxSvgBytes: z.number().int().positive(),
  /** Most bytes of Mermaid source one diagram in content may have. */
  diagramMaxSourceBytes: z.number().int().positive(),
  /** CODEOWNERS owner for files no team owns. */
  fallbackOwner: z.string().regex(/^@[A-Za-z0-9-]+(?:\/[A-Za-z0-9_.-]+)?$/),
});

export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;
