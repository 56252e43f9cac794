/**
 * Rotations, mentorships and pair sessions written to break the rules or to inject
 * markup: the check refuses the first with file, line, field and fix; the second
 * reaches pages, feeds and calendars as the text that was written, running nothing.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, inject, test } from 'vitest';
import { readRss } from '../helpers/feeds.ts';
import { useBrowserAndSite } from '../helpers/browser-and-site.ts';
import { readCalendar } from '../helpers/ical.ts';
import { replaceOnce } from '../helpers/fixtures.ts';
import { handbook, put, report } from './helpers.ts';
import { MARKUP_GOAL, MARKUP_OBJECTIVE, MARKUP_OUTCOME } from './render-fixture.ts';
import { dangers, elements } from './render-inspect.ts';

const ROTATION = 'content/rotations/2026-10-05-alan-turing.yaml';

describe('the check refuses', () => {
  test('a rotation of someone to their own team, with a teammate as buddy and the visitor as cover; two rotations of one person at once', async () => {
    const root = await handbook({
      [ROTATION]: (text) =>
        replaceOnce(
          'cover: ada-lovelace',
          'cover: alan-turing',
        )(
          replaceOnce(
            'buddy: grace-hopper',
            'buddy: ada-lovelace',
          )(replaceOnce('hostTeam: checkout', 'hostTeam: platform')(replaceOnce('start: 2026-10-05', 'start: 2026-11-23')(text))),
        ),
    });
    await put(
      root,
      'content/rotations/2026-11-30-alan-turing.yaml',
      'person: alan-turing\nhostTeam: checkout\nstart: 2026-11-30\ngoals: [Again]\nbuddy: grace-hopper\ncover: ada-lovelace\n',
    );
    expect(await report(root)).toMatchInlineSnapshot(`
      [
        "rotation/host-is-home: content/rotations/2026-10-05-alan-turing.yaml:2  hostTeam  is "platform", the team alan-turing is on already — a rotation visits another team: set \`hostTeam\` to the team they will visit",
        "rotation/cover-self: content/rotations/2026-10-05-alan-turing.yaml:8  cover  is alan-turing, who is away on the rotation — choose someone on platform who stays behind and covers their work",
        "rotation/overlap: content/rotations/2026-11-30-alan-turing.yaml:3  start  overlaps alan-turing's rotation 2026-10-05-alan-turing (23 Nov – 6 Dec 2026): this one runs 30 Nov – 13 Dec 2026 — one person is on one rotation at a time: start this one after 6 Dec 2026, or shorten the other's \`weeks\`",
      ]
    `);
  });

  test('a pair session of one team, too long, with too many people; program lists and texts over their limits', async () => {
    const root = await handbook({
      'content/pairings/2026-11-12-profile-the-cart-service.yaml': replaceOnce('date: 2026-11-12T15:00:00Z', 'date: 2026-12-12T15:00:00Z'),
    });
    await put(
      root,
      'content/pairings/2026-12-01-everyone.yaml',
      `date: 2026-12-01T15:00:00Z\ndurationMinutes: 600\npeople: [${Array(7).fill('ada-lovelace').join(', ')}]\nobjective: Everyone\n`,
    );
    await put(
      root,
      'content/pairings/2026-12-02-one-team.yaml',
      'date: 2026-12-02T15:00:00Z\ndurationMinutes: 91\npeople: [ada-lovelace, alan-turing]\nobjective: Only platform\n',
    );
    await put(
      root,
      'content/mentorships/2027-01-04-alan-turing.yaml',
      `mentor: grace-hopper\nmentee: alan-turing\nstart: 2027-01-04\ncadence: weekly\ntopics: [${Array(11).fill('t').join(', ')}]\noutcome: ${'x'.repeat(1001)}\n`,
    );
    expect(await report(root)).toMatchInlineSnapshot(`
      [
        "schema/invalid-value: content/mentorships/2027-01-04-alan-turing.yaml:5  topics  is a list of 11 items, more than the 10 items allowed — keep it to at most 10 items",
        "schema/invalid-value: content/mentorships/2027-01-04-alan-turing.yaml:6  outcome  is 1,001 characters long, more than the 1,000 characters allowed — shorten it to at most 1,000 characters; longer text belongs in the body",
        "schema/invalid-value: content/pairings/2026-12-01-everyone.yaml:2  durationMinutes  600 is out of range — use a value of at most 480",
        "schema/invalid-value: content/pairings/2026-12-01-everyone.yaml:3  people  is a list of 7 items, more than the 6 items allowed — keep it to at most 6 items",
        "pairing/long: content/pairings/2026-12-02-one-team.yaml:2  durationMinutes  is 91 minutes, more than the 90 a pair session lasts — keep it to 90 minutes: split a bigger topic into two sessions, or plan a rotation instead",
        "pairing/one-team: content/pairings/2026-12-02-one-team.yaml:3  people  everyone is on team "platform" — a cross-team pair session needs someone from another team: add them to \`people\`",
      ]
    `);
  });
});

describe('markup in program fields is text', () => {
  const dist = () => inject('trustDist');
  const read = (file: string) => readFile(path.join(dist(), file), 'utf8');
  /** What the page shows of the programs: a team page's programs section, or the main content without Atrium's own module scripts. */
  const shown = (html: string, file: string) => {
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    if (!file.startsWith('teams/')) return main.replace(/<script type="module" src="\/_astro\/[^"]+"><\/script>/g, '');
    const section = elements(main).find((element) => 'dataTeamPrograms' in element.properties);
    expect(section, `${file} has its programs section`).toBeDefined();
    return toHtml(section!);
  };

  test.each([
    ['programs/rotations/2026-10-05-alan-turing/index.html', [MARKUP_GOAL, MARKUP_OUTCOME]],
    ['programs/pairings/2026-11-12-profile-the-cart-service/index.html', [MARKUP_OBJECTIVE]],
    ['programs/index.html', [MARKUP_OUTCOME, MARKUP_OBJECTIVE]],
    ['teams/checkout/index.html', [MARKUP_OUTCOME]],
  ])('%s shows the text as written, and no element of it', async (file, texts) => {
    const html = shown(await read(file), file);
    expect(dangers(html)).toEqual([]);
    expect(elements(html).filter((e) => e.tagName === 'img' || e.tagName === 'b')).toEqual([]);
    const text = elements(html)
      .flatMap((e) => e.children)
      .map((child) => ('value' in child ? child.value : ''))
      .join('');
    for (const written of texts) expect(text).toContain(written);
  });

  test('feeds carry it as escaped text; the calendar as plain text', async () => {
    const { feed, problems } = readRss(await read('programs/rotations/rss.xml'));
    expect(problems).toEqual([]);
    const item = feed.items.find((i) => i.link.endsWith('/programs/rotations/2026-10-05-alan-turing/'))!;
    expect(dangers(item.content)).toEqual([]);
    expect(elements(item.content).filter((e) => ['img', 'b', 'script'].includes(e.tagName))).toEqual([]);
    expect(item.content).toContain('&lt;script>alert("goal")&lt;/script>Learn how &lt;b>checkout&lt;/b> retries');
    const calendar = readCalendar(await read('calendar.ics'));
    expect(calendar.problems).toEqual([]);
    const event = calendar.events.find((e) => e.uid.startsWith('rotation-2026-10-05-alan-turing@'))!;
    expect(event.description).toContain(`Goals: ${MARKUP_GOAL}`);
  });

  describe('in a browser', () => {
    const opened = useBrowserAndSite(dist);

    test('nothing runs and no dialog opens', async () => {
      const page = await opened.browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      for (const route of ['programs/', 'programs/rotations/2026-10-05-alan-turing/', 'programs/pairings/2026-11-12-profile-the-cart-service/']) {
        await page.goto(`${opened.site.url}${route}`, { waitUntil: 'networkidle' });
        await page.locator('main').hover();
      }
      expect(dialogs).toEqual([]);
      expect(await page.locator('main iframe, main img[src="x"]').count()).toBe(0);
      await page.close();
    });
  });
});
