/**
 * One SVG per diagram: the colour substitution that makes it follow the theme, the
 * finishing that names its links and records its size, its markup on a page, the links
 * of the generated graphs, and the progress lines while diagrams render.
 */
import { describe, expect, test } from 'vitest';
import { colourTable, siteColours, themeSvg } from '../../src/lib/diagrams/colours.ts';
import { nameLinks, sizeSvg } from '../../src/lib/diagrams/finish.ts';
import { labelSvg, renderedFigure } from '../../src/lib/diagrams/markup.ts';
import { deliverableGraph, teamOverviewGraph, type DependencyEdge } from '../../src/lib/graph/dependency-mermaid.ts';
import { withBase } from '../../src/lib/routes.ts';
import { progressLog } from '../../src/integrations/diagrams.ts';

const isColour = (value: string) => /^(#[0-9a-f]{3,8}|rgba?\(.*\)|hsl\(.*\)|white|black|red)$/i.test(value);

/** Theme variables the way Mermaid computes them: site colours, derived shades, non-colours, a nested chart and a palette list. */
const light = {
  background: '#ffffff',
  primaryColor: '#eef1fd',
  primaryBorderColor: '#3b5bdb',
  clusterBkg: '#f7f7f5',
  edgeLabelBackground: '#ffffff',
  critBkgColor: 'red',
  fontSize: '16px',
  useGradient: true,
  xyChart: { titleColor: '#1d1f23', plotColorPalette: '#aaaaaa, #bbbbbb' },
};
const dark = {
  background: '#181b20',
  primaryColor: '#1f2741',
  primaryBorderColor: '#8ea6ff',
  clusterBkg: '#20242b',
  edgeLabelBackground: '#20242b',
  critBkgColor: 'red',
  fontSize: '16px',
  useGradient: true,
  darkMode: true,
  xyChart: { titleColor: '#e6e8eb', plotColorPalette: '#111111, #222222' },
};

describe('colour table', () => {
  const table = colourTable(light, dark, isColour);

  test('each colour that differs by scheme becomes a sentinel; the rest stay as they are', () => {
    expect(table.themeVariables).toEqual({
      background: '#fc0000',
      primaryColor: '#fc0001',
      primaryBorderColor: '#fc0002',
      clusterBkg: '#fc0003',
      edgeLabelBackground: '#fc0004',
      critBkgColor: 'red',
      fontSize: '16px',
      useGradient: true,
      xyChart: { titleColor: '#fc0005', plotColorPalette: '#fc0006,#fc0007' },
    });
  });

  test("a pair of colours that is one of the site's tokens becomes that custom property; other pairs are declared once", () => {
    expect(table.values).toEqual([
      'var(--surface)',
      'var(--accent-soft)',
      'var(--accent)',
      'var(--diagram-cluster)',
      'var(--d0)',
      'var(--text)',
      'var(--d1)',
      'var(--d2)',
    ]);
    expect(Object.fromEntries(table.declared)).toEqual({
      '--d0': { light: '#ffffff', dark: '#20242b' },
      '--d1': { light: '#aaaaaa', dark: '#111111' },
      '--d2': { light: '#bbbbbb', dark: '#222222' },
    });
  });

  test('the site colours include the palette and the diagram shades', () => {
    expect(siteColours().get('--accent')).toEqual({ light: '#3b5bdb', dark: '#8ea6ff' });
    expect(siteColours().get('--diagram-cluster-border')).toEqual({ light: '#c9c9c3', dark: '#3a404a' });
  });

  test('sentinels in styles, attributes and faded rgb() become custom properties, declared on the SVG for both schemes', () => {
    const svg =
      '<svg id="m1" viewBox="0 0 10 10"><style>#m1 .node rect{fill:#FC0001;stroke:#fc0002;}#m1 .edgeLabel{background-color:rgba(252, 0, 4, 0.5);}</style>' +
      '<path fill="rgb(252, 0, 7)" stroke="#fc00021"/><rect fill="#c0ffee"/></svg>';
    expect(themeSvg(svg, table)).toBe(
      '<svg id="m1" viewBox="0 0 10 10"><style>#m1{--d0:#ffffff;--d2:#bbbbbb}:root[data-theme=\'dark\'] #m1{--d0:#20242b;--d2:#222222}' +
        '#m1 .node rect{fill:var(--accent-soft);stroke:var(--accent);}#m1 .edgeLabel{background-color:color-mix(in srgb, var(--d0) 50%, transparent);}</style>' +
        '<path fill="var(--d2)" stroke="#fc00021"/><rect fill="#c0ffee"/></svg>',
    );
  });

  test('an SVG without a style element gets one for its declarations; one using only site colours gets none', () => {
    expect(themeSvg('<svg id="m2"><rect fill="#fc0004"/></svg>', table)).toBe(
      '<svg id="m2"><style>#m2{--d0:#ffffff}:root[data-theme=\'dark\'] #m2{--d0:#20242b}</style><rect fill="var(--d0)"/></svg>',
    );
    expect(themeSvg('<svg id="m3"><rect fill="#fc0000"/></svg>', table)).toBe('<svg id="m3"><rect fill="var(--surface)"/></svg>');
  });
});

describe('finishing an SVG', () => {
  test("a link gets its shape's title as its accessible name and tooltip", () => {
    const svg =
      '<a xlink:href="/handbook/teams/team-beta/" data-look="neo"><g class="node default clickable" id="m1-t_team_beta-1" title="Team &lt;Beta&gt;: team page"><rect/></g></a>';
    expect(nameLinks(svg)).toBe(
      '<a xlink:href="/handbook/teams/team-beta/" data-look="neo" aria-label="Team &lt;Beta&gt;: team page"><title>Team &lt;Beta&gt;: team page</title><g class="node default clickable" id="m1-t_team_beta-1"><rect/></g></a>',
    );
  });

  test("the natural width and smallest label font go on the root as custom properties, in place of Mermaid's max-width", () => {
    expect(sizeSvg('<svg id="m1" style="max-width: 1395px;" viewBox="-50 -10 1395.4 461"><g/></svg>', 16)).toBe(
      '<svg id="m1" viewBox="-50 -10 1395.4 461" style="--diagram-width: 1395; --diagram-font: 16;"><g/></svg>',
    );
    expect(sizeSvg('<svg id="m1" style="background: white; max-width: 20px;" viewBox="0 0 20 20"><g/></svg>', 20)).toBe(
      '<svg id="m1" style="background: white; --diagram-width: 20; --diagram-font: 20;" viewBox="0 0 20 20"><g/></svg>',
    );
    expect(sizeSvg('<svg id="m1" viewBox="0 0 300 100"><g/></svg>', 3.14)).toBe(
      '<svg id="m1" viewBox="0 0 300 100" style="--diagram-width: 300; --diagram-font: 8;"><g/></svg>',
    );
    expect(sizeSvg('<svg id="m1"><g/></svg>', 12)).toBe('<svg id="m1"><g/></svg>');
  });
});

describe('markup', () => {
  test('a diagram with links is a named group (an image would hide its links), one without is an image', () => {
    expect(labelSvg('<svg id="m1" role="graphics-document document"><a xlink:href="/x/"></a></svg>', 'Flow')).toBe(
      '<svg id="m1" role="group" aria-label="Flow"><a xlink:href="/x/"></a></svg>',
    );
    expect(labelSvg('<svg id="m1"><g/></svg>', 'Flow')).toBe('<svg id="m1" role="img" aria-label="Flow"><g/></svg>');
  });

  test('one SVG in a scrolling box, with the hint and a named link to the full-size page', () => {
    expect(renderedFigure('<svg id="m1"><g/></svg>', 'Flow & more', '/handbook/diagrams/abc/')).toBe(
      '<figure class="diagram" data-diagram="svg"><div class="diagram__scroll"><svg id="m1" role="img" aria-label="Flow &amp; more"><g/></svg></div>' +
        '<div class="diagram__bar"><span class="diagram__hint" aria-hidden="true">Scroll sideways →</span>' +
        '<a class="diagram__full" href="/handbook/diagrams/abc/" aria-label="View full size: Flow &amp; more">View full size</a></div></figure>',
    );
    expect(renderedFigure('<svg id="m1"><g/></svg>', 'Flow')).toBe(
      '<figure class="diagram diagram--full" data-diagram="svg"><div class="diagram__scroll"><svg id="m1" role="img" aria-label="Flow"><g/></svg></div></figure>',
    );
  });
});

describe('links of the generated graphs', () => {
  const edge = (id: string, from: [string, string], to: [string, string], status: DependencyEdge['data']['status']): DependencyEdge => ({
    id,
    data: { from: { team: from[0], deliverable: from[1] }, to: { team: to[0], deliverable: to[1] }, status },
  });
  const edges = [
    edge('a-needs-b', ['alpha', 'App'], ['beta', 'API'], 'planned'),
    edge('c-needs-b', ['gamma', 'Client'], ['beta', 'API'], 'blocked'),
    edge('b-needs-d', ['beta', 'API'], ['delta', 'DB "main"'], 'done'),
  ];
  const name = (id: string) => id.toUpperCase();
  const clicks = (code: string) => code.split('\n').filter((line) => line.includes(' click '));

  test('every team of the overview links to its team page, under the base path', () => {
    expect(clicks(teamOverviewGraph(edges, name, (route) => withBase('/handbook/', route)))).toEqual([
      '  click t_alpha href "/handbook/teams/alpha/" "ALPHA: team page"',
      '  click t_beta href "/handbook/teams/beta/" "BETA: team page"',
      '  click t_delta href "/handbook/teams/delta/" "DELTA: team page"',
      '  click t_gamma href "/handbook/teams/gamma/" "GAMMA: team page"',
    ]);
  });

  test('every deliverable links to a dependency it waits in, else the most urgent one that waits for it', () => {
    expect(clicks(deliverableGraph(edges, name, (route) => withBase('/', route)))).toEqual([
      '  click d0 href "/dependencies/a-needs-b/" "App, ALPHA: App needs API (planned)"',
      '  click d1 href "/dependencies/b-needs-d/" "API, BETA: API needs DB #quot;main#quot; (done)"',
      '  click d2 href "/dependencies/b-needs-d/" "DB #quot;main#quot;, DELTA: API needs DB #quot;main#quot; (done)"',
      '  click d3 href "/dependencies/c-needs-b/" "Client, GAMMA: Client needs API (blocked)"',
    ]);
    const withoutWaiting = deliverableGraph(edges.slice(0, 2), name, (route) => withBase('/', route));
    expect(clicks(withoutWaiting)[1]).toBe('  click d1 href "/dependencies/c-needs-b/" "API, BETA: Client needs API (blocked)"');
  });
});

describe('progress while diagrams render', () => {
  test('at most a line a second, and always the last', () => {
    const lines: string[] = [];
    let clock = 0;
    const progress = progressLog({ info: (line: string) => lines.push(line) }, () => clock);
    for (let done = 1; done <= 30; done++) {
      clock += 150;
      progress(done, 30);
    }
    expect(lines).toEqual(['diagrams: 7/30', 'diagrams: 14/30', 'diagrams: 21/30', 'diagrams: 28/30', 'diagrams: 30/30']);
  });
});
