/**
 * Kudos, awards and enabled wins written to break the rules or to inject markup: the
 * check refuses the first with file, line, field and fix; the second reaches the month
 * page, /kudos/, the team page, the award page and the kudos feed as the text that was
 * written, running nothing.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, inject, test } from 'vitest';
import { readRss } from '../helpers/feeds.ts';
import { useBrowserAndSite } from '../helpers/browser-and-site.ts';
import { replaceOnce } from '../helpers/fixtures.ts';
import { handbook, put, report } from './helpers.ts';
import { MARKUP_CITATION, MARKUP_FOR } from './render-fixture.ts';
import { dangers, elements } from './render-inspect.ts';

const KUDOS = 'content/kudos/2026-11-18-the-pooler-for-the-cart-service.yaml';
const AWARD = 'content/awards/2026-q4-collaboration-of-the-quarter.yaml';

describe('the check refuses', () => {
  test('thanks to one’s own team, a winner that is not a nominee, a win enabled by its own team', async () => {
    const root = await handbook({
      [KUDOS]: replaceOnce('teams: [checkout]', 'to: [alan-turing]\nteams: [platform]'),
      [AWARD]: replaceOnce('winner: 0', 'winner: -1'),
      'content/teams/checkout.md': replaceOnce('enabledBy: [platform]', 'enabledBy: [checkout]'),
    });
    await put(
      root,
      'content/awards/2026-q3-far-off.yaml',
      'quarter: 2026-Q3\ntitle: Far off\nnominees:\n  - teams: [platform]\n    for: Alone\nwinner: 7\ndecided: 2026-10-01\ncitation: Nobody.\n',
    );
    expect(await report(root)).toMatchInlineSnapshot(`
      [
        "award/winner-not-nominee: content/awards/2026-q3-far-off.yaml:6  winner  is 7, but the award has 1 nominee (numbered 0) — set \`winner\` to the number of the winning nominee, counted from 0 (the first nominee is 0), or nominate the winner",
        "schema/invalid-value: content/awards/2026-q4-collaboration-of-the-quarter.yaml:8  winner  -1 is out of range — use a value of at least 0",
        "kudos/same-team: content/kudos/2026-11-18-the-pooler-for-the-cart-service.yaml:3  to[0]  "alan-turing" is on team "platform", the team of ada-lovelace who gives the thanks — thanks here go to people and teams other than platform: thank your own team in its channel, and remove this recipient",
        "kudos/same-team: content/kudos/2026-11-18-the-pooler-for-the-cart-service.yaml:4  teams[0]  is "platform", the team of ada-lovelace who gives the thanks — thanks here go to people and teams other than platform: thank your own team in its channel, and remove this recipient",
        "team/enabled-by-self: content/teams/checkout.md:9  wins[0].enabledBy[0]  names this team, checkout, as enabling its own win "Carts kept through the sale's peak" — \`enabledBy\` names the other teams whose work made the win possible: remove this team from it",
      ]
    `);
  });

  test('500 recipients, an empty thanks, texts over their limits, a quarter that is not one', async () => {
    const root = await handbook({
      [KUDOS]: replaceOnce('teams: [checkout]', `to: [${Array(500).fill('grace-hopper').join(', ')}]\nteams: [${Array(11).fill('checkout').join(', ')}]`),
    });
    await put(root, 'content/kudos/2026-11-19-nothing.yaml', `date: 2026-11-19\nfrom: ada-lovelace\nfor: '   '\n`);
    await put(root, 'content/kudos/2026-11-20-long.yaml', `date: 2026-11-20\nfrom: ada-lovelace\nteams: [checkout]\nfor: ${'x'.repeat(301)}\n`);
    await put(root, 'content/awards/2026-q9-nine.yaml', `quarter: 2026-Q9\ntitle: Nine\nnominees: []\ncitation: ${'y'.repeat(1001)}\n`);
    expect(await report(root)).toMatchInlineSnapshot(`
      [
        "schema/invalid-value: content/awards/2026-q9-nine.yaml:1  quarter  "2026-Q9" is not a quarter — write the year and quarter as YYYY-Qn, e.g. 2026-Q4",
        "schema/invalid-value: content/awards/2026-q9-nine.yaml:3  nominees  has no nominees — nominate at least one collaboration: teams and what they did together",
        "schema/invalid-value: content/awards/2026-q9-nine.yaml:4  citation  is 1,001 characters long, more than the 1,000 characters allowed — shorten it to at most 1,000 characters; longer text belongs in the body",
        "schema/invalid-value: content/kudos/2026-11-18-the-pooler-for-the-cart-service.yaml:3  to  is a list of 500 items, more than the 20 items allowed — keep it to at most 20 items",
        "schema/invalid-value: content/kudos/2026-11-18-the-pooler-for-the-cart-service.yaml:4  teams  is a list of 11 items, more than the 10 items allowed — keep it to at most 10 items",
        "schema/invalid-value: content/kudos/2026-11-19-nothing.yaml:1  to  thanks nobody: \`to\` and \`teams\` are both empty — name who is thanked: people in \`to\` (person ids), whole teams in \`teams\` (team ids), or both",
        "schema/invalid-value: content/kudos/2026-11-19-nothing.yaml:3  for  "   " is empty — write some text, or remove the field",
        "schema/invalid-value: content/kudos/2026-11-20-long.yaml:4  for  is 301 characters long, more than the 300 characters allowed — shorten it to at most 300 characters; longer text belongs in the body",
      ]
    `);
  });
});

describe('markup in thanks and citations is text', () => {
  const dist = () => inject('trustDist');
  const read = (file: string) => readFile(path.join(dist(), file), 'utf8');
  /** What the page shows of thanks: a team page's thanks and awards, or the main content without Atrium's own module scripts. */
  const shown = (html: string, file: string) => {
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    if (!file.startsWith('teams/')) return main.replace(/<script type="module" src="\/_astro\/[^"]+"><\/script>/g, '');
    const sections = elements(main).filter((element) => ['dataThanksReceived', 'dataThanksGiven', 'dataAward'].some((key) => key in element.properties));
    expect(sections.length, `${file} has its thanks sections`).toBe(3);
    return sections.map((section) => toHtml(section)).join('');
  };
  const textOf = (html: string) =>
    elements(html)
      .flatMap((e) => e.children)
      .map((child) => ('value' in child ? child.value : ''))
      .join('');

  test.each([
    ['kudos/2026-11/index.html', [MARKUP_FOR]],
    ['kudos/index.html', [MARKUP_CITATION]],
    ['kudos/team/checkout/index.html', [MARKUP_FOR]],
    ['teams/checkout/index.html', [MARKUP_FOR, MARKUP_CITATION]],
    ['awards/2026-q4-collaboration-of-the-quarter/index.html', [MARKUP_CITATION]],
  ])('%s shows the text as written, and no element of it', async (file, texts) => {
    const html = shown(await read(file), file);
    expect(dangers(html)).toEqual([]);
    expect(elements(html).filter((e) => ['img', 'b', 'i', 'svg', 'script'].includes(e.tagName))).toEqual([]);
    for (const written of texts) expect(textOf(html)).toContain(written);
  });

  test('the kudos feed carries it as escaped text', async () => {
    const { feed, problems } = readRss(await read('kudos/rss.xml'));
    expect(problems).toEqual([]);
    expect(feed.items.length).toBe(2);
    for (const item of feed.items) {
      expect(dangers(item.content)).toEqual([]);
      expect(elements(item.content).filter((e) => ['img', 'b', 'i', 'svg', 'script'].includes(e.tagName))).toEqual([]);
    }
    expect(feed.items.map((item) => item.content).join('')).toContain('&lt;script>alert("kudos")&lt;/script>Load-testing the &lt;b>cart&lt;/b>');
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
      for (const route of ['kudos/', 'kudos/2026-11/', 'teams/checkout/', 'awards/2026-q4-collaboration-of-the-quarter/']) {
        await page.goto(`${opened.site.url}${route}`, { waitUntil: 'networkidle' });
        await page.locator('main').hover();
      }
      expect(dialogs).toEqual([]);
      expect(await page.locator('main iframe, main img[src="x"], main svg[onload]').count()).toBe(0);
      await page.close();
    });
  });
});
