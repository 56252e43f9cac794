/**
 * The demo's diagrams in a real Chromium, on a phone and on a desktop: every label is
 * readable (a wide diagram scrolls instead of shrinking), the generated graphs link
 * every box to its page, each diagram is one SVG that takes the theme's colours when
 * the reader switches theme, and its full-size page opens.
 */
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserAndSite } from '../helpers/browser-and-site.ts';
import { diagramFonts } from '../helpers/diagram-fonts.ts';
import { BASE_PATH } from './build-demo.ts';

const OUTBOX = 'adrs/0013-introduce-a-transactional-outbox-for-domain-events/';
/** Each page with diagrams, and their names in page order. */
const PAGES = [
  { path: 'dependencies/', labels: ['Dependencies between teams', 'Dependencies between deliverables, grouped by team'] },
  { path: 'teams/team-beta/', labels: ['Dependencies of Team Beta'] },
  { path: OUTBOX, labels: ['Diagram: Decision'] },
];
const TEAMS_WITH_DEPENDENCIES = [
  'backend-platform',
  'data-analytics',
  'frontend-experience',
  'identity-security',
  'infrastructure',
  'mobile',
  'team-alpha',
  'team-beta',
];

const opened = useBrowserAndSite(() => inject('demoDist'));
const base = useBrowserAndSite(() => inject('baseDist'), BASE_PATH);

async function open(path: string, width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await opened.browser.newPage({ viewport: { width, height: 900 }, colorScheme });
  await page.goto(opened.site.url + path);
  return page;
}

/** The links inside one diagram, by the diagram's accessible name. */
function diagramLinks(page: Page, label: string) {
  return page.locator(`figure.diagram svg[aria-label="${label}"] a`).evaluateAll((links) =>
    links.map((link) => ({
      href: link.getAttribute('xlink:href')!,
      name: link.getAttribute('aria-label')!,
      text: link.querySelector('.label')!.textContent!.trim(),
    })),
  );
}

describe.each([
  { width: 390, floor: 11 },
  { width: 1280, floor: 12 },
])('at $width px', ({ width, floor }) => {
  test.each(PAGES)(`every diagram label on $path renders at ${floor} px or more, and only the diagram scrolls sideways`, async ({ path, labels }) => {
    const page = await open(path, width);
    const fonts = await diagramFonts(page);
    expect(fonts.map((font) => font.label)).toEqual(labels);
    for (const font of fonts) expect(font.smallest, `${font.label}: its smallest label is "${font.text}"`).toBeGreaterThanOrEqual(floor);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    // A diagram wider than its box says so; one that fits does not.
    const figures = await page.locator('figure.diagram').evaluateAll((all) =>
      all.map((figure) => {
        const box = figure.querySelector('.diagram__scroll')!;
        return {
          overflows: box.scrollWidth > box.clientWidth + 1,
          hint: getComputedStyle(figure.querySelector('.diagram__hint')!).visibility,
          focusable: box.getAttribute('tabindex'),
        };
      }),
    );
    for (const figure of figures)
      expect(figure).toEqual(figure.overflows ? { overflows: true, hint: 'visible', focusable: '0' } : { overflows: false, hint: 'hidden', focusable: null });
    await page.close();
  });
});

test('the deliverable graph scrolls sideways on a phone and fits a desktop at a readable size', async () => {
  const overflows = async (width: number) => {
    const page = await open('dependencies/', width);
    const result = await page
      .locator('figure.diagram')
      .nth(1)
      .evaluate((figure) => figure.hasAttribute('data-overflows'));
    await page.close();
    return result;
  };
  expect([await overflows(390), await overflows(1280)]).toEqual([true, false]);
});

describe('links in the generated graphs', () => {
  test('each team in the graph between teams links to its team page, by name, and opens it from the keyboard', async () => {
    const page = await open('dependencies/', 1280);
    const links = await diagramLinks(page, 'Dependencies between teams');
    expect(links.map((link) => link.href).sort()).toEqual(TEAMS_WITH_DEPENDENCIES.map((team) => `/teams/${team}/`));
    for (const link of links) expect(link.name).toBe(`${link.text}: team page`);
    const teamBeta = page.locator('figure.diagram svg[aria-label="Dependencies between teams"] a[aria-label="Team Beta: team page"]');
    await teamBeta.focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Team Beta: team page');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${opened.site.url}teams/team-beta/`);
    expect(await page.locator('h1').innerText()).toBe('Team Beta');
    await page.close();
  });

  test('each deliverable links to a dependency page that exists and is named after it', async () => {
    const page = await open('dependencies/', 1280);
    const links = await diagramLinks(page, 'Dependencies between deliverables, grouped by team');
    expect(links).toHaveLength(19);
    for (const link of links) {
      expect(link.href).toMatch(/^\/dependencies\/[a-z0-9-]+\/$/);
      expect(link.name.startsWith(`${link.text.replace(/\s+/g, ' ')}, `), link.name).toBe(true);
      expect((await page.request.get(opened.site.url + link.href.slice(1))).status(), link.href).toBe(200);
    }
    await page.close();
  });

  test('under a base path, the links are under it too', async () => {
    const page = await base.browser.newPage();
    await page.goto(`${base.site.url}teams/team-beta/`);
    const links = await diagramLinks(page, 'Dependencies of Team Beta');
    expect(links).toHaveLength(8);
    expect(links.filter((link) => !link.href.startsWith(`${BASE_PATH}dependencies/`))).toEqual([]);
    await page.close();
  });
});

describe('one SVG per diagram, in the theme of the page', () => {
  test.each(PAGES)('each diagram figure on $path holds exactly one SVG', async ({ path, labels }) => {
    const page = await open(path, 1280);
    const counts = await page.locator('figure.diagram').evaluateAll((figures) => figures.map((figure) => figure.querySelectorAll('svg:not(svg svg)').length));
    expect(counts).toEqual(labels.map(() => 1));
    await page.close();
  });

  test('switching the theme recolours the same SVG: nothing is rendered again', async () => {
    const page = await open('teams/team-beta/', 1280);
    const colours = () =>
      page.locator('figure.diagram').evaluate((figure) => {
        const node = figure.querySelector<SVGGraphicsElement & { marked?: boolean }>('g.node rect')!;
        const label = figure.querySelector('g.node foreignObject span, g.node text')!;
        node.marked ??= true; // survives only if the element does
        return {
          fill: getComputedStyle(node).fill,
          stroke: getComputedStyle(node).stroke,
          text: getComputedStyle(label).color,
          same: node.marked,
          svgs: figure.querySelectorAll('svg').length,
        };
      });
    const light = await colours();
    await page.getByRole('button', { name: 'Dark mode' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const dark = await colours();
    expect(light).toEqual({ fill: 'rgb(238, 241, 253)', stroke: 'rgb(217, 45, 32)', text: 'rgb(29, 31, 35)', same: true, svgs: 1 });
    expect(dark).toEqual({ fill: 'rgb(31, 39, 65)', stroke: 'rgb(217, 45, 32)', text: 'rgb(230, 232, 235)', same: true, svgs: 1 });
    await page.close();
  });
});

describe('the full-size view', () => {
  test.each([
    { path: 'dependencies/', label: 'Dependencies between deliverables, grouped by team', back: 'dependencies/' },
    { path: OUTBOX, label: 'Diagram: Decision', back: OUTBOX },
  ])('opens from "View full size" of $label, at its natural size, with a way back', async ({ path, label, back }) => {
    const page = await open(path, 390);
    await page.getByRole('link', { name: `View full size: ${label}` }).click();
    await page.waitForURL(/\/diagrams\/[0-9a-f]{32}\/$/);
    expect(await page.locator('h1').innerText()).toBe(label);
    const scale = await page
      .locator(`figure.diagram svg[aria-label="${label}"]`)
      .evaluate((svg) => svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width);
    expect(scale).toBeGreaterThanOrEqual(1);
    // The page itself scrolls, so the browser's own keys and gestures pan the diagram.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeGreaterThan(390);
    await page.getByRole('link', { name: 'Back to the page' }).click();
    await page.waitForURL(opened.site.url + back);
    await page.close();
  });
});
