/**
 * Issue 12, case 1: MDX is data. `import`, `export` and `{expressions}` would run at
 * build time, so each is a check error with file and line; only Atrium's components
 * and harmless HTML may appear, with plain attribute values.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../helpers/site.ts';
import { FRONT, handbook, put, report } from './helpers.ts';

const TALK = 'content/talks/2026-11-06-hostile.mdx';

async function mdx(body: string): Promise<string[]> {
  const root = await handbook();
  await put(root, TALK, `${FRONT.talk}\n${body}`);
  return report(root);
}

describe('code in MDX', () => {
  test('import and export are errors with their line', async () => {
    expect(await mdx(["import fs from 'node:fs'", "export const home = fs.readFileSync('/etc/passwd', 'utf8')", '', 'Hello.'].join('\n')))
      .toMatchInlineSnapshot(`
      [
        "mdx/esm: content/talks/2026-11-06-hostile.mdx:8  -  has code (import fs from 'node:fs'), which would run when the site is built — remove it: MDX content cannot import or export anything; Atrium's MDX components are Callout and Video (see "Components in MDX" in the README) and need no import",
        "mdx/esm: content/talks/2026-11-06-hostile.mdx:9  -  has code (export const home = fs.readFileSync('/etc/passwd', 'utf8')), which would run when the site is built — remove it: MDX content cannot import or export anything; Atrium's MDX components are Callout and Video (see "Components in MDX" in the README) and need no import",
      ]
    `);
  });

  test('expressions in text and in attributes are errors; a comment is not', async () => {
    expect(
      await mdx(
        ['Home is {process.env.HOME}.', '', '{/* a comment runs nothing */}', '', '<Callout title={secret} {...props}>', 'Hi', '</Callout>'].join('\n'),
      ),
    ).toMatchInlineSnapshot(`
      [
        "mdx/expression: content/talks/2026-11-06-hostile.mdx:8  -  has the expression {process.env.HOME}, which would run when the site is built — write the text itself; to show a brace, write \\{ or \\}",
        "mdx/expression: content/talks/2026-11-06-hostile.mdx:12  Callout  spreads an expression into <Callout>, which would run when the site is built — write each attribute as name="text"",
        "mdx/expression: content/talks/2026-11-06-hostile.mdx:12  Callout.title  is set to the expression {secret}, which would run when the site is built — write the value as text in quotes: title="…"",
      ]
    `);
  });
});

describe('components and elements', () => {
  test('an unknown component is an error with a suggestion, not a crash in the build', async () => {
    expect(await mdx(['<Calout type="note">Typo.</Calout>', '', '<Chart data="x" />'].join('\n'))).toMatchInlineSnapshot(`
      [
        "mdx/unknown-component: content/talks/2026-11-06-hostile.mdx:8  Calout  <Calout> is not one of Atrium's MDX components — did you mean <Callout>? Atrium's MDX components are Callout and Video (see "Components in MDX" in the README)",
        "mdx/unknown-component: content/talks/2026-11-06-hostile.mdx:10  Chart  <Chart> is not one of Atrium's MDX components — Atrium's MDX components are Callout and Video (see "Components in MDX" in the README)",
      ]
    `);
  });

  test('script, iframe, form and style are not allowed; nor are handlers and javascript: links', async () => {
    expect(
      await mdx(
        [
          '<script>alert(1)</script>',
          '',
          '<iframe src="https://example.com"></iframe>',
          '',
          '<form action="https://example.com"><input name="q" /></form>',
          '',
          '<style>{"body { display: none }"}</style>',
          '',
          '<div onClick="alert(1)">Click</div>',
          '',
          '<a href="javascript:alert(1)">a</a> and [b](javascript:alert(2))',
        ].join('\n'),
      ),
    ).toMatchInlineSnapshot(`
      [
        "mdx/html-element: content/talks/2026-11-06-hostile.mdx:8  script  <script> is not allowed in MDX content — use Markdown, or an element of the list in CONTRIBUTING.md ("Components in MDX")",
        "mdx/html-element: content/talks/2026-11-06-hostile.mdx:10  iframe  <iframe> is not allowed in MDX content — use Markdown, or an element of the list in CONTRIBUTING.md ("Components in MDX")",
        "mdx/html-element: content/talks/2026-11-06-hostile.mdx:12  form  <form> is not allowed in MDX content — use Markdown, or an element of the list in CONTRIBUTING.md ("Components in MDX")",
        "mdx/html-element: content/talks/2026-11-06-hostile.mdx:12  input  <input> is not allowed in MDX content — use Markdown, or an element of the list in CONTRIBUTING.md ("Components in MDX")",
        "mdx/expression: content/talks/2026-11-06-hostile.mdx:14  -  has the expression {"body { display: none }"}, which would run when the site is built — write the text itself; to show a brace, write \\{ or \\}",
        "mdx/html-element: content/talks/2026-11-06-hostile.mdx:14  style  <style> is not allowed in MDX content — use Markdown, or an element of the list in CONTRIBUTING.md ("Components in MDX")",
        "mdx/attribute: content/talks/2026-11-06-hostile.mdx:16  div.onClick  is not an attribute <div> takes — remove it; HTML elements in MDX take only: alt, cite, class, className, colspan, datetime, dir, height, href, id, lang, open, reversed, rowspan, scope, src, start, title, width",
        "mdx/attribute: content/talks/2026-11-06-hostile.mdx:18  a.href  "javascript:alert(1)" is not a web, mail or relative address — correct the value of href",
        "mdx/attribute: content/talks/2026-11-06-hostile.mdx:18  link  "javascript:alert(2)" is not a web, mail or relative address — link to an http(s), mailto or relative address",
      ]
    `);
  });

  test("Atrium's components check their props; a page using only allowed components and elements passes", async () => {
    expect(
      await mdx(
        [
          '<Callout type="warning" title="Before you deploy">Run the **migration** first.</Callout>',
          '',
          '<Video url="https://www.youtube.com/watch?v=abc123" title="Rollout demo" />',
          '',
          '<details><summary>More</summary>See <a href="https://example.com/doc">the doc</a>.</details>',
          '',
          '{/* reviewed in November */}',
        ].join('\n'),
      ),
    ).toEqual([]);
    expect(await mdx(['<Callout type="danger" tone="loud">Careful.</Callout>', '', '<Video url="https://example.com/page" />'].join('\n')))
      .toMatchInlineSnapshot(`
      [
        "mdx/attribute: content/talks/2026-11-06-hostile.mdx:8  Callout.tone  is not an attribute <Callout> takes — did you mean type? <Callout> takes: type, title",
        "mdx/attribute: content/talks/2026-11-06-hostile.mdx:8  Callout.type  "danger" is not one of: note, tip, warning — correct the value of type",
        "mdx/attribute: content/talks/2026-11-06-hostile.mdx:10  Video.title  is required: what the recording shows, for the Play button — add title="…", as in <Video url="https://www.youtube.com/watch?v=abc123" title="Rollout demo" />",
        "mdx/attribute: content/talks/2026-11-06-hostile.mdx:10  Video.url  "https://example.com/page" is not a YouTube, Vimeo or Loom link or a video file URL — correct the value of url",
      ]
    `);
  });

  test('MDX that does not parse is an error with its line', async () => {
    expect(await mdx(['Fine.', '', '<!-- an HTML comment is not MDX -->'].join('\n'))).toMatchInlineSnapshot(`
      [
        "mdx/syntax: content/talks/2026-11-06-hostile.mdx:10  -  is not valid MDX: Unexpected character \`!\` (U+0021) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\` (note: to create a comment in MDX, use \`{/* text */}\`) — correct this line: MDX closes every tag, writes a literal { or < as \\{ or &lt;, and writes comments as {/* … */} instead of <!-- … -->",
      ]
    `);
  });
});

test('npm run check exits 1 and names the file and line', async () => {
  const root = await handbook();
  await put(root, TALK, `${FRONT.talk}\nimport { execSync } from 'node:child_process'\n\n{execSync('id').toString()}\n`);
  const result = await checkContent(path.join(root, 'content'));
  expect(result.code).toBe(1);
  expect(result.output).toContain(
    `${path.relative(process.cwd(), path.join(root, TALK)).split(path.sep).join('/')}:8  -  has code (import { execSync } from 'node:child_process'), which would run when the site is built`,
  );
  expect(result.output).toContain(":10  -  has the expression {execSync('id').toString()}, which would run when the site is built");
}, 30_000);
