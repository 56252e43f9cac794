/**
 * The handbook's settings: the one place to change the organization's name, where
 * the site is deployed, and how content ages. Validated on import, so a typo fails
 * the build with the field's name. ATRIUM_SITE, ATRIUM_BASE, ATRIUM_CONTENT_DIR and
 * ATRIUM_DIAGRAM_CACHE override the deployment target, the content folder and the diagram cache (used by previews and tests).
 */
import { siteConfigSchema, type SiteConfigInput } from './schemas/site-config.ts';

const settings: SiteConfigInput = {
  orgName: 'Northwind Labs',
  title: 'Northwind Engineering Handbook',
  site: process.env.ATRIUM_SITE ?? 'https://northwind-labs.github.io',
  base: process.env.ATRIUM_BASE ?? '/',
  repository: 'https://github.com/northwind-labs/handbook',
  branch: 'main',
  staleAfterDays: 14,
  // Two years: long enough that only decisions whose context may have moved on are flagged.
  decisionReviewAfterDays: 730,
  defaultTimezone: 'UTC',
  contentDir: process.env.ATRIUM_CONTENT_DIR ?? 'content',
  diagramCacheDir: process.env.ATRIUM_DIAGRAM_CACHE ?? '.cache/mermaid',
  // Budgets of one diagram written in content: a readable diagram stays far below them.
  diagramTimeoutMs: 10_000,
  diagramMaxSvgBytes: 500_000,
  diagramMaxSourceBytes: 20_000,
  fallbackOwner: '@northwind-labs/handbook-maintainers',
};

export const config = siteConfigSchema.parse(settings);
export type { SiteConfig } from './schemas/site-config.ts';
