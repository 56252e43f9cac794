/**
 * `npm run signals:git` over a Git repository made here: real commits by people of
 * three teams, a CODEOWNERS, a co-authored commit, one commit outside the quarter and
 * one by a stranger; the file it writes holds the expected counts and passes the check.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { parseCodeowners, ownersOf } from '../../scripts/lib/signals/codeowners.ts';
import { copyHandbook, projectRoot, replaceOnce, validFixture } from '../helpers/fixtures.ts';
import { checkHandbook } from '../../src/lib/check.ts';

const git = (repo: string, ...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' });

async function commit(repo: string, file: string, who: { name: string; email: string }, date: string, message = `Change ${file}`) {
  await mkdir(path.dirname(path.join(repo, file)), { recursive: true });
  await writeFile(path.join(repo, file), `${message}\n`, { flag: 'a' });
  git(repo, 'add', '.');
  execFileSync('git', ['-C', repo, 'commit', '-q', '-m', message], {
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: who.name,
      GIT_AUTHOR_EMAIL: who.email,
      GIT_COMMITTER_NAME: who.name,
      GIT_COMMITTER_EMAIL: who.email,
      GIT_AUTHOR_DATE: `${date}T12:00:00Z`,
      GIT_COMMITTER_DATE: `${date}T12:00:00Z`,
    },
  });
}

test('CODEOWNERS: the last matching rule wins, with gitignore patterns', () => {
  const rules = parseCodeowners(
    '* @acme/platform\n/apps/checkout/ @acme/checkout # the cart\ndocs/*.md @alan-turing\n**/vendor @acme/platform\n/apps/checkout/legacy\n',
  );
  expect(ownersOf(rules, 'README.md')).toEqual(['@acme/platform']);
  expect(ownersOf(rules, 'apps/checkout/cart.ts')).toEqual(['@acme/checkout']);
  expect(ownersOf(rules, 'apps/checkout/vendor/x.js')).toEqual(['@acme/platform']);
  expect(ownersOf(rules, 'apps/checkout/legacy/old.ts')).toEqual([]);
  expect(ownersOf(rules, 'docs/intro.md')).toEqual(['@alan-turing']);
  expect(ownersOf(rules, 'docs/deep/intro.md')).toEqual(['@acme/platform']);
});

test('counts cross-team and co-authored commits, then reviews, per pair of teams, into one signals file that passes the check', async () => {
  const root = await copyHandbook(validFixture, {
    'content/signals/2026-q4.yaml': null,
    'content/teams/checkout.md': replaceOnce('lead: grace-hopper', "lead: grace-hopper\ngithubTeam: '@acme/checkout'"),
    'content/people/grace-hopper.yaml': (text) => `${text}github: ghopper\n`,
    'content/people/ada-lovelace.yaml': (text) => `${text}emails: [ada@acme.test]\n`,
  });
  const repo = path.join(root, 'orders');
  await mkdir(repo);
  git(repo, 'init', '-q');
  await commit(repo, '.github/CODEOWNERS', { name: 'Ada', email: 'ada@acme.test' }, '2026-09-30', '* @acme/platform\n/apps/checkout/ @acme/checkout');
  const ada = { name: 'Ada Lovelace', email: 'ada@acme.test' }; // platform, by `emails`
  const grace = { name: 'Grace Hopper', email: '123+ghopper@users.noreply.github.com' }; // checkout, by GitHub handle
  await commit(repo, 'apps/checkout/cart.ts', ada, '2026-10-02'); // platform → checkout
  await commit(repo, 'apps/checkout/pay.ts', ada, '2026-11-12'); // platform → checkout
  await commit(repo, 'lib/pool.ts', grace, '2026-11-13', 'Pool\n\nCo-authored-by: Ada Lovelace <ada@acme.test>'); // checkout → platform, and co-authored
  await commit(repo, 'apps/checkout/own.ts', grace, '2026-11-14'); // own code: not counted
  await commit(repo, 'lib/other.ts', grace, '2026-09-30'); // Q3: not counted
  await commit(repo, 'lib/unknown.ts', { name: 'Stranger', email: 'x@else.test' }, '2026-11-15');
  const output = execFileSync(
    path.join(projectRoot, 'node_modules/.bin/tsx'),
    [path.join(projectRoot, 'scripts/signals-git.ts'), repo, '--quarter', '2026-q4', '--content', path.join(root, 'content')],
    {
      encoding: 'utf8',
    },
  );
  expect(output).toContain('2 pairs of teams from 5 commits');
  expect(output).toContain('Stranger <x@else.test>');
  const written = await readFile(path.join(root, 'content/signals/2026-q4.yaml'), 'utf8');
  expect(written.split('\n').filter((line) => line.startsWith('  - '))).toEqual([
    '  - { from: checkout, to: platform, reviews: 0, commits: 1, coAuthored: 1 }',
    '  - { from: platform, to: checkout, reviews: 0, commits: 2, coAuthored: 0 }',
  ]);
  expect(written).toContain('quarter: 2026-Q4');

  // Reviews from a two-page `gh api --paginate --slurp` export join the same file, and keep its commits.
  const pr = (number: number, author: string, reviews: [string, string, string?][]) => ({
    number,
    author: { login: author },
    reviews: { nodes: reviews.map(([login, submittedAt, state = 'APPROVED']) => ({ author: { login }, submittedAt, state })) },
  });
  const page = (nodes: unknown[]) => ({ data: { repository: { pullRequests: { nodes } } } });
  const exported = path.join(root, 'reviews.json');
  await writeFile(
    exported,
    JSON.stringify([
      page([
        pr(1, 'ghopper', [
          ['ada', '2026-10-05T10:00:00Z'],
          ['ada', '2026-10-06T10:00:00Z', 'CHANGES_REQUESTED'],
          ['ghopper', '2026-10-06T11:00:00Z'],
        ]),
      ]),
      page([
        pr(2, 'ada', [
          ['ghopper', '2026-11-20T09:00:00Z'],
          ['ghopper', '2026-09-20T09:00:00Z'],
          ['ghopper', '2026-11-21T09:00:00Z', 'PENDING'],
          ['octocat', '2026-11-21T09:00:00Z'],
        ]),
      ]),
    ]),
  );
  const reviewed = execFileSync(
    path.join(projectRoot, 'node_modules/.bin/tsx'),
    [path.join(projectRoot, 'scripts/signals-reviews.ts'), exported, '--quarter', '2026-Q4', '--content', path.join(root, 'content')],
    { encoding: 'utf8' },
  );
  expect(reviewed).toContain('2 pairs of teams from 2 pull requests');
  expect(reviewed).toContain('GitHub logins (set `github` in content/people/): octocat');
  const merged = await readFile(path.join(root, 'content/signals/2026-q4.yaml'), 'utf8');
  expect(merged.split('\n').filter((line) => line.startsWith('  - ') || line.startsWith('source'))).toEqual([
    'source: "git: orders (2026-10-01 to 2026-12-31); reviews: reviews.json (2026-10-01 to 2026-12-31)"',
    '  - { from: checkout, to: platform, reviews: 1, commits: 1, coAuthored: 1 }',
    '  - { from: platform, to: checkout, reviews: 2, commits: 2, coAuthored: 0 }',
  ]);

  const check = await checkHandbook(root, { today: '2026-11-24', staleAfterDays: 14 });
  expect(check.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
}, 60_000);
