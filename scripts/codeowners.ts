/**
 * npm run codeowners [-- --check] [--format github]
 * Writes .github/CODEOWNERS from the teams' `githubTeam`: each team owns its page, its
 * ADRs, talks and updates, and the dependencies it declares; the rest goes to the
 * configured fallback owner. With --check it writes nothing and exits 1 when the
 * committed file is out of date (the pull-request workflow runs that).
 */
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { config } from '../src/config.ts';
import { CODEOWNERS_PATH, codeownersForFolder } from './lib/codeowners.ts';
import { formatProblem } from '../src/lib/problems.ts';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean' },
    format: { type: 'string', default: 'text' },
    content: { type: 'string' },
  },
});

const root = process.cwd();
const file = path.join(root, CODEOWNERS_PATH);
const generated = await codeownersForFolder(root, path.resolve(values.content ?? config.contentDir), { fallbackOwner: config.fallbackOwner });
if (generated.text === undefined) {
  console.error(
    [
      `${CODEOWNERS_PATH} is generated from valid content, and some entries have errors (an entry with errors would lose its owner):`,
      ...generated.problems.map((problem) => `  ${formatProblem(problem)}`),
      'Fix them (`npm run check` lists them all), then run `npm run codeowners` again.',
    ].join('\n'),
  );
  process.exit(1);
}

const current = await readFile(file, 'utf8').catch(() => undefined);
if (values.check) {
  if (current === generated.text) {
    console.log(`${CODEOWNERS_PATH} is up to date.`);
  } else {
    const message = `${CODEOWNERS_PATH} is ${current === undefined ? 'missing' : 'out of date with the content'} — run \`npm run codeowners\` and commit the file`;
    if (values.format === 'github') console.log(`::error file=${CODEOWNERS_PATH},line=1,title=CODEOWNERS::${message}`);
    console.log(message);
    process.exitCode = 1;
  }
} else if (current === generated.text) {
  console.log(`${CODEOWNERS_PATH} is already up to date.`);
} else {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, generated.text);
  const rules = generated.text.split('\n').filter((line) => line && !line.startsWith('#')).length;
  console.log(`Wrote ${CODEOWNERS_PATH}: ${rules} rules. Commit it with your change.`);
}
