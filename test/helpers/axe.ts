/** Accessibility checks with axe in the page as it is: the serious and critical violations, one readable line each. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The WCAG 2.1 A and AA rules. */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** `id: help (first three targets)` for each serious or critical violation; `tags` limits the rules, `include` the part of the page. */
export async function seriousViolations(page: Page, options: { include?: string; tags?: readonly string[] } = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  if (options.include) builder = builder.include(options.include);
  if (options.tags) builder = builder.withTags([...options.tags]);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
}
