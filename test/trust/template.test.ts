/**
 * Issue 12, case 10: a template left unfilled once passed the check and would have
 * been published as an ADR open for feedback. A new ADR starts as a draft (and the
 * command says so); published, its leftover `TODO:` placeholders are check errors.
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { projectRoot, TODAY } from '../helpers/fixtures.ts';
import { handbook, report } from './helpers.ts';

const tsx = path.join(projectRoot, 'node_modules/.bin/tsx');

test('npm run new -- adr makes a draft and says so; published unfilled, the check names each placeholder', async () => {
  const root = await handbook();
  const { stdout } = await promisify(execFile)(
    tsx,
    [path.join(projectRoot, 'scripts/new.ts'), 'adr', 'Queue orders', '--team', 'checkout', '--today', TODAY, '--content', path.join(root, 'content')],
    { cwd: root },
  );
  expect(stdout).toContain('ADR 0004 is proposed and starts as a draft (`draft: true`), so it is not published yet');
  const file = path.join(root, 'content/adrs/0004-queue-orders.md');
  const text = await readFile(file, 'utf8');
  expect(text).toMatch(/^draft: true$/m);
  expect(await report(root)).toEqual([]);

  await writeFile(file, text.replace('draft: true\n', ''));
  expect(await report(root)).toMatchInlineSnapshot(`
    [
      "template/placeholder: content/adrs/0004-queue-orders.md:11  body  still holds a placeholder of its template: "TODO: What is the problem, and why does it need a decision now? Who is affected?" — replace the comment with the text it asks for, or mark the entry \`draft: true\` until it is written",
      "template/placeholder: content/adrs/0004-queue-orders.md:15  body  still holds a placeholder of its template: "TODO: What we will do, in the active voice: "We will …"." — replace the comment with the text it asks for, or mark the entry \`draft: true\` until it is written",
      "template/placeholder: content/adrs/0004-queue-orders.md:19  body  still holds a placeholder of its template: "TODO: What becomes easier or harder, what it costs, what we must do now." — replace the comment with the text it asks for, or mark the entry \`draft: true\` until it is written",
      "template/placeholder: content/adrs/0004-queue-orders.md:23  body  still holds a placeholder of its template: "TODO: The other options, and why we did not choose them." — replace the comment with the text it asks for, or mark the entry \`draft: true\` until it is written",
    ]
  `);

  await writeFile(file, text.replace('draft: true\n', '').replace(/<!-- TODO: .* -->/g, 'Written.'));
  expect(await report(root)).toEqual([]);
});
