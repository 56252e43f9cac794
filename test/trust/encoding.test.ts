/**
 * Issue 12, case 7: line endings and a byte-order mark do not change the result (a
 * CRLF file once lost its diagrams), and bytes that are not UTF-8 are an error with
 * their line, not a silent U+FFFD. The built page is checked in `build.test.ts`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { checkHandbook } from '../../src/lib/check.ts';
import { handbookDiagrams } from '../../src/lib/diagrams/handbook-diagrams.ts';
import { TODAY, validFixture } from '../helpers/fixtures.ts';
import { handbook, put, report } from './helpers.ts';

const TEAM = 'content/teams/platform.md';
const DIAGRAM = ['', '## How requests flow', '', '```mermaid', 'flowchart LR', '  A[Client] --> B[Pooler]', '```', ''].join('\n');

/** The platform team page with a diagram, in the given line ending, optionally with a BOM. */
async function teamPage(newline: string, bom: boolean): Promise<string> {
  const text = `${await readFile(path.join(validFixture, TEAM), 'utf8')}${DIAGRAM}`;
  return `${bom ? '\uFEFF' : ''}${text.replace(/\n/g, newline)}`;
}

async function checked(newline: string, bom: boolean) {
  const root = await handbook();
  await put(root, TEAM, await teamPage(newline, bom));
  const result = await checkHandbook(root, { today: TODAY, staleAfterDays: 14 });
  const team = result.handbook.teams.find((entry) => entry.id === 'platform');
  return {
    problems: result.problems,
    data: team?.data,
    body: team?.body,
    diagrams: handbookDiagrams(result.handbook, result.bodyLine, (route) => `/${route}`)
      .filter((diagram) => 'file' in diagram.origin)
      .map(({ source, origin }) => ({ source, origin })),
  };
}

test('CRLF, CR and a byte-order mark give the same entry and the same diagrams as LF', async () => {
  const lf = await checked('\n', false);
  expect(lf.problems).toEqual([]);
  expect(lf.diagrams).toEqual([{ source: 'flowchart LR\n  A[Client] --> B[Pooler]', origin: { file: TEAM, line: 31 } }]);
  for (const [newline, bom] of [
    ['\r\n', false],
    ['\r\n', true],
    ['\r', false],
    ['\n', true],
  ] as const) {
    expect(await checked(newline, bom), JSON.stringify({ newline, bom })).toEqual(lf);
  }
});

test('bytes that are not UTF-8 are an error naming the line and byte', async () => {
  const root = await handbook();
  // "Zoë" saved as Latin-1: 0xEB is not UTF-8.
  const latin1 = Buffer.concat([Buffer.from('name: Zo'), Buffer.from([0xeb]), Buffer.from('\nteam: platform\nrole: Engineer\ntimezone: UTC\n')]);
  await put(root, 'content/people/zoe-quinn.yaml', latin1);
  await put(
    root,
    'content/updates/2026-11-27-platform.md',
    Buffer.concat([Buffer.from('---\nteam: platform\ndate: 2026-11-27\nshipped: [Pooler]\n---\nAll good.\nCaf'), Buffer.from([0xe9, 0x0a])]),
  );
  expect(await report(root)).toMatchInlineSnapshot(`
    [
      "content/encoding: content/people/zoe-quinn.yaml:1  -  is not UTF-8 text: the character after "name: Zo" on this line is in another encoding — save the file as UTF-8 (most editors: "Save with encoding"), then check that character",
      "content/encoding: content/updates/2026-11-27-platform.md:7  -  is not UTF-8 text: the character after "Caf" on this line is in another encoding — save the file as UTF-8 (most editors: "Save with encoding"), then check that character",
    ]
  `);
});
