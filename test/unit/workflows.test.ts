/**
 * The GitHub Actions workflows, read as data: the triggers, jobs and steps the
 * contributing design promises, actions pinned to commits, and least privilege.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { config } from '../../src/config.ts';
import { projectRoot } from '../helpers/fixtures.ts';

interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Job {
  name?: string;
  'runs-on'?: string;
  'timeout-minutes'?: number;
  permissions?: Record<string, string>;
  needs?: string | string[];
  env?: Record<string, string>;
  environment?: { name: string };
  steps: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

const FILES = { pullRequest: 'pull-request.yml', deploy: 'deploy.yml', stale: 'stale-content.yml', digest: 'digest.yml', due: 'decisions-due.yml' } as const;
const sources = Object.fromEntries(
  await Promise.all(
    Object.entries(FILES).map(async ([key, file]) => [key, await readFile(path.join(projectRoot, '.github/workflows', file), 'utf8')] as const),
  ),
) as Record<keyof typeof FILES, string>;
const workflows = Object.fromEntries(Object.entries(sources).map(([key, text]) => [key, parse(text) as Workflow])) as Record<keyof typeof FILES, Workflow>;
const packageJson = JSON.parse(await readFile(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);
const runs = (job: Job) => job.steps.flatMap((step) => (step.run ? [step.run] : []));
const uses = (job: Job, action: string) => job.steps.filter((step) => step.uses?.startsWith(`${action}@`));

describe.each(Object.entries(FILES))('%s (%s)', (key) => {
  const workflow = workflows[key as keyof typeof FILES];
  const source = sources[key as keyof typeof FILES];

  test('pins every action to a full commit SHA, with its version in a comment', () => {
    const pinned = steps(workflow).flatMap((step) => (step.uses ? [step.uses] : []));
    expect(pinned.length).toBeGreaterThan(0);
    for (const action of pinned) {
      expect(action).toMatch(/^[\w.-]+\/[\w.-]+(?:\/[\w.-]+)*@[0-9a-f]{40}$/);
      expect(source).toMatch(new RegExp(`uses: ${action.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} # v\\d+\\.\\d+\\.\\d+\\n`));
    }
  });

  test('sets minimal permissions, a concurrency group and a timeout on every job', () => {
    expect(workflow.permissions).toBeDefined();
    expect(Object.values(workflow.permissions!).every((level) => level === 'read')).toBe(true);
    expect(workflow.concurrency?.group).toBeTruthy();
    for (const job of Object.values(workflow.jobs)) {
      expect(job['timeout-minutes']).toBeGreaterThan(0);
      expect(job['timeout-minutes']).toBeLessThanOrEqual(30);
      expect(job['runs-on']).toMatch(/^ubuntu-/);
    }
  });

  test('installs with npm ci on the Node version of .nvmrc, and runs only scripts that exist', () => {
    for (const job of Object.values(workflow.jobs).filter((job) => uses(job, 'actions/checkout').length > 0)) {
      expect(uses(job, 'actions/setup-node')[0]?.with).toMatchObject({ 'node-version-file': '.nvmrc', cache: 'npm' });
      expect(runs(job)).toContain('npm ci --no-audit --no-fund');
      for (const [, script] of runs(job)
        .join('\n')
        .matchAll(/npm run (?:--silent )?([\w:-]+)/g))
        expect(Object.keys(packageJson.scripts)).toContain(script);
    }
  });
});

describe('the pull-request workflow', () => {
  const { on, jobs, permissions, concurrency } = workflows.pullRequest;

  test('runs on pull requests to main, read-only, and cancels superseded runs', () => {
    expect(on).toEqual({ pull_request: { branches: ['main'] } });
    expect(permissions).toEqual({ contents: 'read' });
    expect(concurrency).toEqual({ group: 'pull-request-${{ github.event.pull_request.number }}', 'cancel-in-progress': true });
  });

  test('checks content with GitHub annotations, tests, builds and checks links', () => {
    expect(Object.fromEntries(Object.entries(jobs).map(([id, job]) => [id, job.name]))).toEqual({
      content: 'Content check',
      test: 'Type checks and tests',
      build: 'Build and link check',
    });
    expect(runs(jobs.content!)).toEqual(['npm ci --no-audit --no-fund', 'npm run check -- --format github', 'npm run codeowners -- --check --format github']);
    expect(runs(jobs.test!)).toEqual(['npm ci --no-audit --no-fund', 'npx astro check', 'npx vitest run']);
    expect(runs(jobs.build!)).toEqual(['npm ci --no-audit --no-fund', 'npm run build', 'npm run check:links -- --format github']);
  });

  test('builds with the history for "Last updated" and the caches the deploy saved, restore-only', () => {
    expect(uses(jobs.build!, 'actions/checkout')[0]?.with).toMatchObject({ 'fetch-depth': 0 });
    expect(uses(jobs.build!, 'actions/cache/restore').map((step) => step.with?.path)).toEqual([
      config.diagramCacheDir,
      jobs.build!.env?.ATRIUM_ASTRO_CACHE_DIR,
    ]);
    expect(steps(workflows.pullRequest).some((step) => step.uses?.startsWith('actions/cache@'))).toBe(false);
  });
});

describe('the deploy workflow', () => {
  const { on, jobs, permissions, concurrency } = workflows.deploy;
  const build = jobs.build!;
  const deploy = jobs.deploy!;

  test('runs on every push to main (and by hand), one deployment at a time', () => {
    expect(on).toEqual({ push: { branches: ['main'] }, workflow_dispatch: null });
    expect(permissions).toEqual({ contents: 'read' });
    expect(concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });

  test('builds with full git history and restored Mermaid and Astro caches, then checks links', () => {
    expect(uses(build, 'actions/checkout')[0]?.with).toMatchObject({ 'fetch-depth': 0 });
    const caches = uses(build, 'actions/cache');
    expect(caches.map((step) => step.with?.path)).toEqual([config.diagramCacheDir, build.env?.ATRIUM_ASTRO_CACHE_DIR]);
    for (const cache of caches) {
      // The key changes with the content, so new renders are saved; restore-keys start from the last save.
      expect(String(cache.with?.key)).toContain("hashFiles('content/**'");
      expect(cache.with?.['restore-keys']).toBeTruthy();
    }
    const names = build.steps.map((step) => step.name ?? step.uses?.split('@')[0]);
    expect(names.indexOf('Restore the Mermaid diagram cache')).toBeLessThan(names.indexOf('Build'));
    expect(runs(build)).toEqual(expect.arrayContaining(['npm run build', 'npm run check:links -- --format github']));
  });

  test('publishes with the official Pages actions, with write access only in the deploy job', () => {
    expect(uses(build, 'actions/configure-pages')).toHaveLength(1);
    expect(uses(build, 'actions/upload-pages-artifact')[0]?.with).toEqual({ path: 'dist' });
    expect(build.permissions).toEqual({ contents: 'read', pages: 'read' });
    expect(deploy.needs).toBe('build');
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.environment?.name).toBe('github-pages');
    expect(deploy.steps.map((step) => step.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
  });

  test('builds for the address Pages serves the site at', () => {
    const address = build.steps.find((step) => step.name === 'Build for that address');
    expect(address?.env).toEqual({ PAGES_ORIGIN: '${{ steps.pages.outputs.origin }}', PAGES_BASE_PATH: '${{ steps.pages.outputs.base_path }}' });
    expect(address?.run).toContain('ATRIUM_SITE=$PAGES_ORIGIN');
    expect(address?.run).toContain('ATRIUM_BASE=$PAGES_BASE_PATH/');
  });
});

describe('the weekly stale-content workflow', () => {
  const { on, jobs, permissions } = workflows.stale;
  const report = jobs.report!;

  test("runs weekly (and by hand) with no permissions but the job's own", () => {
    expect(on).toEqual({ schedule: [{ cron: '17 6 * * 1' }], workflow_dispatch: null });
    expect(permissions).toEqual({});
    expect(report.permissions).toEqual({ contents: 'read', issues: 'write' });
  });

  test('writes the report with the script, then opens, updates or closes one labelled issue', () => {
    expect(runs(report)).toContain('npm run --silent stale-report -- --output "$RUNNER_TEMP/stale-report.md"');
    const issue = report.steps.find((step) => step.name === 'Open, update or close the issue');
    expect(issue?.env).toMatchObject({ GH_TOKEN: '${{ github.token }}', COUNT: '${{ steps.report.outputs.count }}' });
    for (const command of ['gh issue list --label "$LABEL" --state open', 'gh issue edit "$number"', 'gh issue create', 'gh issue close "$number"']) {
      expect(issue?.run).toContain(command);
    }
  });
});

describe('the weekly digest workflow', () => {
  const { on, jobs, permissions, concurrency } = workflows.digest;
  const send = jobs.send!;
  const step = (name: string) => send.steps.find((candidate) => candidate.name === name)!;

  /** Runs the "Decide what to send" script with `env` and returns its outputs and its log. */
  async function plan(env: Record<string, string>) {
    const dir = await mkdtemp(path.join(tmpdir(), 'atrium-plan-'));
    const output = path.join(dir, 'output');
    try {
      const log = execFileSync('bash', ['-c', step('Decide what to send').run!], {
        env: { PATH: process.env.PATH, GITHUB_OUTPUT: output, ...env },
        encoding: 'utf8',
      });
      return {
        outputs: Object.fromEntries(
          (await readFile(output, 'utf8'))
            .trim()
            .split('\n')
            .map((line) => line.split(/=(.*)/s).slice(0, 2)),
        ),
        log,
      };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  test('runs on Fridays (and by hand, for a week and with --force), one run at a time, never cancelled', () => {
    expect(on.schedule).toEqual([{ cron: '23 7 * * 5' }]);
    expect(Object.keys((on.workflow_dispatch as { inputs: object }).inputs)).toEqual(['week', 'force']);
    expect(permissions).toEqual({ contents: 'read' });
    expect(concurrency).toEqual({ group: 'digest', 'cancel-in-progress': false });
    expect(send.permissions).toEqual({ contents: 'read', pages: 'read', actions: 'write' });
  });

  test('takes the settings from secrets, the full history for ADR dates, and the site’s address from Pages', () => {
    for (const name of ['ATRIUM_SMTP_URL', 'ATRIUM_DIGEST_FROM', 'ATRIUM_DIGEST_TO', 'ATRIUM_CHAT_WEBHOOK_URL'])
      expect(send.env?.[name]).toBe(`\${{ secrets.${name} }}`);
    expect(uses(send, 'actions/checkout')[0]?.with).toMatchObject({ 'fetch-depth': 0 });
    // Links point where the deploy publishes the site.
    expect(uses(send, 'actions/configure-pages')).toHaveLength(1);
    expect(step('Link to that address').run).toContain('ATRIUM_SITE=$PAGES_ORIGIN');
  });

  test('says in the log which secrets are missing, and sends only what is configured', async () => {
    const none = await plan({ WEEK_INPUT: '2026-W47' });
    expect(none.outputs).toEqual({ week: '2026-W47', force: '', email: 'false', chat: 'false' });
    expect(none.log).toContain(
      '::notice title=Digest email skipped::No email for 2026-W47: the secret(s) ATRIUM_SMTP_URL ATRIUM_DIGEST_FROM ATRIUM_DIGEST_TO are not set',
    );
    expect(none.log).toContain('::notice title=Chat summary skipped::No chat summary for 2026-W47: the secret ATRIUM_CHAT_WEBHOOK_URL is not set');
    const email = await plan({
      WEEK_INPUT: '2026-W47',
      FORCE_INPUT: 'true',
      ATRIUM_SMTP_URL: 'smtp://x',
      ATRIUM_DIGEST_FROM: 'a@b.c',
      ATRIUM_DIGEST_TO: 'd@e.f',
    });
    expect(email.outputs).toEqual({ week: '2026-W47', force: '--force', email: 'true', chat: 'false' });
    expect(email.log).not.toContain('Digest email skipped');
    const chat = await plan({ ATRIUM_CHAT_WEBHOOK_URL: 'https://hooks.example.com/x' });
    expect(chat.outputs).toMatchObject({ email: 'false', chat: 'true' });
    expect(chat.outputs.week).toMatch(/^\d{4}-W\d{2}$/);
  }, 60_000);

  test('checks the content, restores what was sent this week, sends, and saves the state even after a failure', () => {
    const names = send.steps.map((s) => s.name ?? s.uses?.split('@')[0]);
    const order = [
      'Decide what to send',
      'Check the content',
      'Restore what was sent this week',
      'Send the email',
      'Post the summary to chat',
      'Remember what was sent',
    ];
    expect(order.map((name) => names.indexOf(name))).toEqual([...order.map((name) => names.indexOf(name))].sort((a, b) => a - b));
    expect(step('Send the email').if).toBe("steps.plan.outputs.email == 'true'");
    expect(step('Send the email').run).toBe('npm run send:digest -- --week "$WEEK" $FORCE');
    expect(step('Post the summary to chat').if).toContain("!cancelled() && steps.plan.outputs.chat == 'true'");
    expect(step('Post the summary to chat').run).toBe('npm run send:chat -- --week "$WEEK" --format "$ATRIUM_CHAT_FORMAT" $FORCE');
    expect(step('Restore what was sent this week').with).toMatchObject({
      path: send.env?.ATRIUM_SEND_STATE,
      'restore-keys': 'digest-sent-${{ steps.plan.outputs.week }}-',
    });
    const save = step('Remember what was sent');
    expect(save.uses).toMatch(/^actions\/cache\/save@/);
    expect(save.if).toContain('always()');
    expect(save.with?.key).toBe('digest-sent-${{ steps.plan.outputs.week }}-${{ github.run_id }}-${{ github.run_attempt }}');
    expect(step('Rebuild the site').run).toBe('gh workflow run deploy.yml --ref "$GITHUB_REF_NAME"');
  });
});

describe('the daily decisions-due workflow', () => {
  const { on, jobs, permissions } = workflows.due;
  const report = jobs.report!;

  test("runs daily (and by hand) with no permissions but the job's own", () => {
    expect(on).toEqual({ schedule: [{ cron: '23 7 * * *' }], workflow_dispatch: null });
    expect(permissions).toEqual({});
    expect(report.permissions).toEqual({ contents: 'read', issues: 'write' });
  });

  test('writes the issue body with the script, then finds its one issue by the marker and opens, updates or closes it', () => {
    expect(runs(report)).toContain('npm run --silent decisions:due -- --output "$RUNNER_TEMP/decisions-due.md"');
    const issue = report.steps.find((step) => step.name === 'Open, update or close the issue');
    expect(issue?.env).toMatchObject({ GH_TOKEN: '${{ github.token }}', COUNT: '${{ steps.report.outputs.count }}', LABEL: 'decisions-due' });
    for (const command of ['"atrium:decisions-due" in:body', 'gh issue edit "$number"', 'gh issue create', 'gh issue close "$number"']) {
      expect(issue?.run).toContain(command);
    }
  });
});

describe('for contributors', () => {
  test("the pull-request template and CONTRIBUTING.md exist and point at each other's tools", async () => {
    const template = await readFile(path.join(projectRoot, '.github/pull_request_template.md'), 'utf8');
    const contributing = await readFile(path.join(projectRoot, 'CONTRIBUTING.md'), 'utf8');
    expect(template).toContain('npm run check');
    expect(template).toContain('CONTRIBUTING.md');
    for (const command of ['npm run new -- team', 'npm run new -- adr', 'npm run new -- talk', 'npm run check', 'npm run import:adrs'])
      expect(contributing).toContain(command);
  });
});
