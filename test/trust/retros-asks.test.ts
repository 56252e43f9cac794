/**
 * Retrospectives and asks written to break the rules or to inject markup: the check
 * refuses absurd counts and lengths with file, line, field and fix; markup in their
 * fields reaches pages and feeds as the text that was written, and an ask's body (its
 * problem and its answer) passes the sanitiser like every other body, running nothing.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, inject, test } from 'vitest';
import { readRss } from '../helpers/feeds.ts';
import { useBrowserAndSite } from '../helpers/browser-and-site.ts';
import { handbook, put, report } from './helpers.ts';
import { MARKUP_ACTION, MARKUP_ANSWER, MARKUP_ASK_TITLE, MARKUP_WENT_WELL } from './render-fixture.ts';
import { dangers, elements } from './render-inspect.ts';

const RETRO = 'retros/2026-11-05-cart-cache-rollout/';
const ASK = 'asks/2026-11-16-slow-cart-queries/';

describe('the check refuses', () => {
  test('absurd counts and lengths: teams, actions, helpers, tags and a title over their limits', async () => {
    const root = await handbook();
    const action = '  - title: Again\n    owner: ada-lovelace\n    due: 2026-12-01\n';
    await put(
      root,
      'content/retros/2026-11-20-everything.md',
      `---\ntitle: ${'T'.repeat(201)}\ndate: 2026-11-20\nteams: [${Array(21).fill('platform').join(', ')}]\nfacilitator: ada-lovelace\nactions:\n${action.repeat(31)}---\n`,
    );
    await put(
      root,
      'content/asks/2026-11-20-everyone.md',
      `---\ntitle: Everyone\nteam: checkout\ndate: 2026-11-20\nstatus: helped\nhelpedOn: 2026-11-21\nhelpers: [${Array(21).fill('alan-turing').join(', ')}]\ntags: [${Array.from({ length: 21 }, (_, i) => `t${i}`).join(', ')}]\nsession: tomorrow\n---\n`,
    );
    expect(await report(root)).toMatchInlineSnapshot(`
      [
        "schema/invalid-value: content/asks/2026-11-20-everyone.md:7  helpers  is a list of 21 items, more than the 20 items allowed — keep it to at most 20 items",
        "schema/invalid-value: content/asks/2026-11-20-everyone.md:8  tags  is a list of 21 items, more than the 20 items allowed — keep it to at most 20 items",
        "schema/invalid-value: content/asks/2026-11-20-everyone.md:9  session  "tomorrow" is not a valid date-time with a time zone offset — write it as YYYY-MM-DDTHH:MM with Z or an offset, e.g. 2026-11-18T17:00:00Z or 2026-11-18T09:00:00-08:00",
        "schema/invalid-value: content/retros/2026-11-20-everything.md:2  title  is 201 characters long, more than the 200 characters allowed — shorten it to at most 200 characters; longer text belongs in the body",
        "schema/invalid-value: content/retros/2026-11-20-everything.md:4  teams  is a list of 21 items, more than the 20 items allowed — keep it to at most 20 items",
        "schema/invalid-value: content/retros/2026-11-20-everything.md:6  actions  is a list of 31 items, more than the 30 items allowed — keep it to at most 30 items",
      ]
    `);
  });
});

describe('markup in retrospective and ask fields is text', () => {
  const dist = () => inject('trustDist');
  const read = (file: string) => readFile(path.join(dist(), file), 'utf8');
  const main = (html: string) =>
    html.slice(html.indexOf('<main'), html.indexOf('</main>')).replace(/<script type="module" src="\/_astro\/[^"]+"><\/script>/g, '');
  const text = (html: string) =>
    elements(html)
      .flatMap((e) => e.children)
      .map((child) => ('value' in child ? child.value : ''))
      .join('');
  /** A section of the team page, found by its data attribute. */
  const section = (html: string, attribute: string) => toHtml(elements(main(html)).find((element) => attribute in element.properties)!);

  test.each([
    [`${RETRO}index.html`, [MARKUP_ACTION, MARKUP_WENT_WELL]],
    ['retros/index.html', []],
    [`${ASK}index.html`, [MARKUP_ASK_TITLE]],
    ['asks/index.html', [MARKUP_ASK_TITLE]],
  ])('%s shows the fields as written, and no element of them', async (file, written) => {
    // An ask's body is Markdown, whose harmless HTML (<b>, <img>) stays: it has its own test below.
    const html = main(await read(file)).replace(/<div class="prose" data-ask-body[\s\S]*?<aside/, '<aside');
    expect(dangers(html)).toEqual([]);
    expect(elements(html).filter((e) => ['img', 'b', 'iframe'].includes(e.tagName))).toEqual([]);
    for (const value of written) expect(text(html)).toContain(value);
  });

  test('the ask’s body and answer are sanitised: kept text, no element that runs, links without a safe target left as text', async () => {
    const html = main(await read(`${ASK}index.html`));
    const body = toHtml(elements(html).find((element) => 'dataAskBody' in element.properties)!);
    expect(dangers(body)).toEqual([]);
    expect(body).not.toContain('window.__pwned');
    expect(body).toContain('<h2 id="answer">Answer</h2>');
    expect(body).toContain('An <b>N+1</b> query');
    expect(elements(body).filter((e) => e.tagName === 'a' && String(e.properties.href ?? '').startsWith('javascript'))).toEqual([]);
    // On /asks/, the answer is an excerpt in plain text: the markup's words, none of its elements.
    const excerpt = elements(main(await read('asks/index.html'))).find((element) => 'dataAnswer' in element.properties)!;
    expect(text(toHtml(excerpt))).toContain('An N+1 query batched away');
    expect(MARKUP_ANSWER).toContain('<b>N+1</b>');
  });

  test('the owning team’s page shows the ask and the retrospective sections without markup', async () => {
    const page = await read('teams/checkout/index.html');
    const asks = section(page, 'dataTeamAsks');
    expect(dangers(asks)).toEqual([]);
    expect(text(asks)).toContain(MARKUP_ASK_TITLE);
    expect(asks).not.toContain('window.__pwned');
  });

  test('feeds carry fields as escaped text and bodies sanitised', async () => {
    for (const file of ['retros/rss.xml', 'asks/rss.xml']) {
      const { feed, problems } = readRss(await read(file));
      expect(problems, file).toEqual([]);
      expect(feed.items.length, file).toBe(1);
      for (const item of feed.items) {
        expect(dangers(item.content), file).toEqual([]);
        expect(item.content, file).not.toContain('window.__pwned');
        expect(elements(item.content).filter((e) => ['iframe', 'script'].includes(e.tagName) || 'onerror' in e.properties)).toEqual([]);
      }
    }
    const { feed } = readRss(await read('retros/rss.xml'));
    expect(feed.items[0]!.content).toContain('&lt;script>alert("action")&lt;/script>Add the &lt;b>cache&lt;/b> to the load tests');
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
      for (const route of ['asks/', ASK, 'retros/', RETRO, 'teams/checkout/']) {
        await page.goto(`${opened.site.url}${route}`, { waitUntil: 'networkidle' });
        await page.locator('main').hover();
        expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), route).toBeUndefined();
      }
      expect(dialogs).toEqual([]);
      expect(await page.locator('main iframe, main img[src="x"]').count()).toBe(0);
      await page.close();
    });
  });
});
