import { describe, expect, test } from 'vitest';
import {
  attentionChains,
  deliverableGraph,
  mermaidLabel,
  neighbourhood,
  teamOverviewGraph,
  type DependencyEdge,
} from '../../src/lib/graph/dependency-mermaid.ts';
import { mermaidFences, ownTitle } from '../../src/lib/diagrams/fences.ts';
import { findChromium } from '../../src/lib/diagrams/chromium.ts';
import { diagramKey } from '../../src/lib/diagrams/cache.ts';
import { fallbackFigure, labelSvg } from '../../src/lib/diagrams/markup.ts';
import { dependencyDiagrams } from '../../src/lib/diagrams/handbook-diagrams.ts';
import { withBase } from '../../src/lib/routes.ts';

const edge = (id: string, from: [string, string], to: [string, string], status: DependencyEdge['data']['status']): DependencyEdge => ({
  id,
  data: { from: { team: from[0], deliverable: from[1] }, to: { team: to[0], deliverable: to[1] }, status },
});

const names: Record<string, string> = { 'team-alpha': 'Team Alpha', 'team-beta': 'Team Beta', platform: 'Platform "Core" <Infra>' };
const teamName = (id: string) => names[id] ?? id;
/** Links as a site under /handbook/ makes them. */
const linkTo = (route: string) => withBase('/handbook/', route);

const dependencies = [
  edge('alpha-feature-a', ['team-alpha', 'Feature A'], ['team-beta', 'GET /v2/orders/{id} endpoint'], 'at-risk'),
  edge('beta-endpoint', ['team-beta', 'GET /v2/orders/{id} endpoint'], ['platform', 'Connection pooler [phase 2]'], 'blocked'),
  edge('alpha-dashboard', ['team-alpha', 'Dashboard'], ['platform', 'Metrics #export'], 'done'),
  edge('beta-cache', ['team-beta', 'Cache'], ['platform', 'Redis 7'], 'planned'),
];

describe('mermaidLabel', () => {
  test('escapes quotes, angle brackets and # so a label cannot break out', () => {
    expect(mermaidLabel('Say "hi" <script>alert(1)</script> #1 [x] (y) {z}')).toMatchInlineSnapshot(
      `""Say #quot;hi#quot; #lt;script#gt;alert(1)#lt;/script#gt; #35;1 [x] (y) {z}""`,
    );
  });
});

describe('dependency graphs', () => {
  test('deliverables in team subgraphs, edges styled by status', () => {
    expect(deliverableGraph(dependencies, teamName, linkTo)).toMatchInlineSnapshot(`
      "---
      config:
        layout: dagre
        flowchart:
          rankSpacing: 20
        themeVariables:
          fontSize: 20px
      ---
      flowchart LR
        subgraph team_platform["Platform #quot;Core#quot; #lt;Infra#gt;"]
          d0["Connection pooler [phase 2]"]
          d1["Metrics #35;export"]
          d2["Redis 7"]
        end
        subgraph team_team_alpha["Team Alpha"]
          d3["Dashboard"]
          d4["Feature A"]
        end
        subgraph team_team_beta["Team Beta"]
          d5["Cache"]
          d6["GET /v2/orders/{id} endpoint"]
        end
        d3 -->|"done"| d1
        d4 ==>|"at risk"| d6
        d5 -.->|"planned"| d2
        d6 ==>|"blocked"| d0
        linkStyle 0 stroke:#2f9e6b,stroke-width:1.5px
        linkStyle 1 stroke:#e8890c,stroke-width:3px
        linkStyle 2 stroke:#8a94a6,stroke-width:1.5px
        linkStyle 3 stroke:#d92d20,stroke-width:3.5px
        click d0 href "/handbook/dependencies/beta-endpoint/" "Connection pooler [phase 2], Platform #quot;Core#quot; #lt;Infra#gt;: GET /v2/orders/{id} endpoint needs Connection pooler [phase 2] (blocked)"
        click d1 href "/handbook/dependencies/alpha-dashboard/" "Metrics #35;export, Platform #quot;Core#quot; #lt;Infra#gt;: Dashboard needs Metrics #35;export (done)"
        click d2 href "/handbook/dependencies/beta-cache/" "Redis 7, Platform #quot;Core#quot; #lt;Infra#gt;: Cache needs Redis 7 (planned)"
        click d3 href "/handbook/dependencies/alpha-dashboard/" "Dashboard, Team Alpha: Dashboard needs Metrics #35;export (done)"
        click d4 href "/handbook/dependencies/alpha-feature-a/" "Feature A, Team Alpha: Feature A needs GET /v2/orders/{id} endpoint (at risk)"
        click d5 href "/handbook/dependencies/beta-cache/" "Cache, Team Beta: Cache needs Redis 7 (planned)"
        click d6 href "/handbook/dependencies/beta-endpoint/" "GET /v2/orders/{id} endpoint, Team Beta: GET /v2/orders/{id} endpoint needs Connection pooler [phase 2] (blocked)"
        classDef attention stroke:#d92d20,stroke-width:2.5px
        class d0,d4,d6 attention"
    `);
  });

  test('the same dependencies in another order give the same text', () => {
    expect(deliverableGraph([...dependencies].reverse(), teamName, linkTo)).toBe(deliverableGraph(dependencies, teamName, linkTo));
  });

  test('team overview: one edge per pair of teams, drawn as its worst status', () => {
    expect(teamOverviewGraph(dependencies, teamName, linkTo)).toMatchInlineSnapshot(`
      "---
      config:
        layout: elk
        themeVariables:
          fontSize: 20px
      ---
      flowchart TD
        t_platform["Platform #quot;Core#quot; #lt;Infra#gt;"]
        t_team_alpha["Team Alpha"]
        t_team_beta["Team Beta"]
        t_team_alpha -->|"done"| t_platform
        t_team_alpha ==>|"at risk"| t_team_beta
        t_team_beta ==>|"2 · blocked"| t_platform
        linkStyle 0 stroke:#2f9e6b,stroke-width:1.5px
        linkStyle 1 stroke:#e8890c,stroke-width:3px
        linkStyle 2 stroke:#d92d20,stroke-width:3.5px
        click t_platform href "/handbook/teams/platform/" "Platform #quot;Core#quot; #lt;Infra#gt;: team page"
        click t_team_alpha href "/handbook/teams/team-alpha/" "Team Alpha: team page"
        click t_team_beta href "/handbook/teams/team-beta/" "Team Beta: team page""
    `);
  });

  test("a team's neighbourhood is one hop", () => {
    expect(neighbourhood('team-alpha', dependencies).map((d) => d.id)).toEqual(['alpha-feature-a', 'alpha-dashboard']);
  });

  test('attention chains keep blocked and at-risk edges and what touches their deliverables', () => {
    expect(attentionChains(dependencies).map((d) => d.id)).toEqual(['alpha-feature-a', 'beta-endpoint']);
  });

  test('a large organization gets the attention chains instead of every deliverable', () => {
    const many = Array.from({ length: 200 }, (_, i) =>
      edge(`d${i}`, [`team-${i % 40}`, `Deliverable ${i}`], [`team-${(i + 1) % 40}`, `Service ${i}`], i % 25 === 0 ? 'blocked' : 'on-track'),
    );
    const graphs = dependencyDiagrams(
      Array.from({ length: 40 }, (_, i) => ({ id: `team-${i}`, data: { name: `Team ${i}` } })),
      many,
      linkTo,
    );
    expect(graphs.detail).toMatchObject({ complete: false, shown: 8, total: 200 });
    expect(graphs.byTeam.size).toBe(40);
    // 40 teams are more than the overview draws readably: only the 8 pairs with a blocked dependency.
    expect(graphs.overviewScope).toEqual({ scope: 'attention', pairsShown: 8, pairsTotal: 40, pairsAttention: 8 });
    expect(graphs.overview.split('\n').filter((line) => line.includes('-->') || line.includes('==>'))).toHaveLength(8);
  });
});

describe('fences', () => {
  test('finds mermaid fences with their line and heading, skipping other code', () => {
    const markdown = [
      '# Intro',
      '```js',
      '```mermaid inside js',
      '```',
      '## Flow',
      '',
      '```mermaid',
      'graph TD',
      '  A-->B',
      '```',
      '~~~mermaid',
      'pie',
      '~~~',
    ].join('\n');
    expect(mermaidFences(markdown)).toEqual([
      { source: 'graph TD\n  A-->B', line: 6, heading: 'Flow' },
      { source: 'pie', line: 10, heading: 'Flow' },
    ]);
  });

  test("a diagram's own title", () => {
    expect(ownTitle('---\ntitle: Order flow\n---\nflowchart LR\n A-->B')).toBe('Order flow');
    expect(ownTitle('flowchart LR\n accTitle: Checkout\n A-->B')).toBe('Checkout');
    expect(ownTitle('gantt\n title Rollout plan\n dateFormat YYYY-MM-DD')).toBe('Rollout plan');
    expect(ownTitle('pie title Where the time goes\n "A" : 1')).toBe('Where the time goes');
    expect(ownTitle('flowchart LR\n A-->B')).toBeUndefined();
  });
});

describe('markup', () => {
  test('the SVG gets an accessible name, escaped', () => {
    expect(labelSvg('<svg id="m1" aria-labelledby="x" role="graphics-document"><g/></svg>', 'Flow "A" <B>')).toBe(
      '<svg id="m1" role="img" aria-label="Flow &quot;A&quot; &lt;B&gt;"><g/></svg>',
    );
  });

  test('the browser fallback escapes the source and loads Mermaid from under the base path', () => {
    expect(fallbackFigure('A --> B<script>', 'Flow', '/handbook/')).toMatchInlineSnapshot(
      `"<figure class="diagram" data-diagram="client"><pre class="mermaid-fallback" role="img" aria-label="Flow">A --&gt; B&lt;script&gt;</pre><script type="module" src="/handbook/_atrium/mermaid/render.js"></script></figure>"`,
    );
  });

  test('cache keys change with the source, the theme scheme and the Mermaid version', () => {
    const key = diagramKey('graph TD', '12.0.0', 'scheme 1');
    expect(
      new Set([key, diagramKey('graph LR', '12.0.0', 'scheme 1'), diagramKey('graph TD', '12.0.0', 'scheme 2'), diagramKey('graph TD', '12.1.0', 'scheme 1')])
        .size,
    ).toBe(4);
    expect(diagramKey('graph TD', '12.0.0', 'scheme 1')).toBe(key);
  });
});

describe('findChromium', () => {
  const exists = (paths: string[]) => (path: string) => paths.includes(path);
  test('CHROMIUM_PATH wins, even when it points nowhere', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/chrome' }, exists(['/opt/chrome', '/usr/bin/chromium']))).toEqual({ found: true, path: '/opt/chrome' });
    expect(findChromium({ CHROMIUM_PATH: '/missing' }, exists(['/usr/bin/chromium']))).toEqual({
      found: false,
      reason: 'CHROMIUM_PATH is set to /missing, which does not exist',
    });
  });
  test('then the usual install paths', () => {
    expect(findChromium({}, exists(['/usr/bin/google-chrome']))).toEqual({ found: true, path: '/usr/bin/google-chrome' });
    expect(findChromium({}, exists([]))).toMatchObject({ found: false });
  });
});
