/** Runs the real `astro build` and `npm run check` as a user would, for the site tests. */
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from './fixtures.ts';

export { projectRoot };

export interface RunResult {
  code: number;
  output: string;
}

export function run(command: string, args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  // Vitest sets NODE_ENV=test, which would make Astro build in development mode (drafts shown), and
  // its workers mirror import.meta.env into the environment (DEV=1, MODE=test), which Astro would read as its own.
  const { NODE_ENV: _testMode, DEV: _dev, PROD: _prod, MODE: _mode, SSR: _ssr, BASE_URL: _baseUrl, ...inherited } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: projectRoot,
      env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const bin = (name: string) => path.join(projectRoot, 'node_modules/.bin', name);

/** `astro build` into `outDir`; `env` may set ATRIUM_CONTENT_DIR, ATRIUM_BASE, … */
export function buildSite(options: { outDir: string; env?: Record<string, string> }): Promise<RunResult> {
  return run(bin('astro'), ['build', '--outDir', options.outDir], options.env);
}

/** `npm run check`'s script, on another content folder. */
export function checkContent(contentDir: string): Promise<RunResult> {
  return run(bin('tsx'), ['scripts/check.ts', '--content', contentDir]);
}

/** Every `index.html` under a built site, as site paths (`teams/mobile/`). */
export async function builtPages(outDir: string): Promise<Set<string>> {
  const files = await readdir(outDir, { recursive: true });
  return new Set(
    files
      .map((file) => file.split(path.sep).join('/'))
      .filter((file) => file.endsWith('index.html'))
      .map((file) => file.slice(0, -'index.html'.length)),
  );
}
