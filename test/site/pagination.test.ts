/**
 * The demo's listings each fit on one page: they show every entry, state the whole
 * total, and carry no pagination at all (no nav, no "Page 1 of 1", no page/2/). Listings
 * of several pages are tested on fixtures at scale in test/unit/pagination.test.ts.
 */
import { describe, expect, inject, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadHandbook } from '../../src/lib/content/load.ts';
import { builtPages, projectRoot } from '../helpers/site.ts';

const dist = inject('demoDist');
const html = (page: string) => readFile(path.join(dist, page, 'index.html'), 'utf8');
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

describe('listings of the demo handbook, each one page long', async () => {
  const { handbook } = await loadHandbook(projectRoot);
  const published = <T extends { data: { draft?: boolean | undefined } }>(entries: readonly T[]) => entries.filter((e) => !e.data.draft);
  const adrs = published(handbook.adrs);
  const accepted = adrs.filter((adr) => adr.data.status === 'accepted');
  const updates = published(handbook.updates);
  const retros = published(handbook.retros);

  test.each(['adrs/', 'adrs/status/accepted/', 'updates/', 'talks/', 'people/', 'guilds/', 'retros/', 'asks/', 'subscribe/people/', 'tags/postgresql/'])(
    '%s shows no pagination',
    async (page) => {
      const text = await html(page);
      expect(count(text, /data-pagination/g)).toBe(0);
      expect(count(text, /data-page-where/g)).toBe(0);
      expect(text).not.toMatch(/Page 1 of/);
    },
  );

  test('no listing has a second page', async () => {
    expect([...(await builtPages(dist))].filter((page) => /\/page\/\d+\/$/.test(page))).toEqual([]);
  });

  test('the decision log lists every record and states the total', async () => {
    const text = await html('adrs/');
    expect(count(text, /data-label="ADR"/g)).toBe(adrs.length);
    expect(text).toContain(`${adrs.length} decision records`);
    const filtered = await html('adrs/status/accepted/');
    expect(count(filtered, /data-label="ADR"/g)).toBe(accepted.length);
    expect(filtered).toContain(`${accepted.length} of ${adrs.length} decision records`);
  });

  test('the weekly updates and retrospectives list every entry and state the total', async () => {
    const text = await html('updates/');
    expect(count(text, /<article class="card"/g)).toBe(updates.length);
    expect(text).toContain(`${updates.length} updates, newest first`);
    expect(count(await html('retros/'), /data-retro="/g)).toBe(retros.length);
  });

  test('the people directory lists everyone by team and by time zone, without "on this page"', async () => {
    const text = await html('people/');
    expect(text).toContain('By time zone</h2>');
    expect(text).not.toContain('(on this page)');
    expect(text).not.toContain('(continued)');
  });

  test('a topic’s one page is its search result', async () => {
    expect(await html('tags/postgresql/')).toMatch(/<main[^>]*data-pagefind-body/);
  });
});
