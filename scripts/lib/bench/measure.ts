/**
 * Runs a command and measures it as a whole: wall time and the peak memory of its
 * entire process tree (a build starts workers and a browser), read from /proc: as the sum
 * of resident memory, and as the sum of proportional memory (PSS), which counts a page
 * that several processes share (Chromium's dozen processes map the same 200 MB binary)
 * once, split between them, instead of once per process.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';

const SAMPLE_MS = 500;

export interface Measured {
  code: number;
  output: string;
  seconds: number;
  /** Highest sum of resident memory over the process and all its descendants, in bytes. */
  peakBytes: number;
  /** Highest sum of proportional set size over the same tree, in bytes. */
  peakPssBytes: number;
}

async function childrenOf(pid: number): Promise<number[]> {
  try {
    const tasks = await readdir(`/proc/${pid}/task`);
    const lists = await Promise.all(tasks.map((task) => readFile(`/proc/${pid}/task/${task}/children`, 'utf8').catch(() => '')));
    return lists.flatMap((list) => list.split(/\s+/).filter(Boolean).map(Number));
  } catch {
    return [];
  }
}

async function memoryBytes(pid: number): Promise<{ rss: number; pss: number }> {
  const status = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => '');
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
  return { rss: field('Rss'), pss: field('Pss') };
}

async function treeBytes(root: number): Promise<{ rss: number; pss: number }> {
  const total = { rss: 0, pss: 0 };
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    const { rss, pss } = await memoryBytes(pid);
    total.rss += rss;
    total.pss += pss;
    queue.push(...(await childrenOf(pid)));
  }
  return total;
}

export function measure(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let peakBytes = 0;
    let peakPssBytes = 0;
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    // Reading smaps_rollup walks every mapping of every process (Chromium reserves terabytes of address space), so
    // sampling costs CPU the build would use: twice a second, and never two samples at once.
    let sampling = false;
    const sampler = setInterval(() => {
      if (!child.pid || sampling) return;
      sampling = true;
      void treeBytes(child.pid).then(({ rss, pss }) => {
        peakBytes = Math.max(peakBytes, rss);
        peakPssBytes = Math.max(peakPssBytes, pss);
        sampling = false;
      });
    }, SAMPLE_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({ code: code ?? 1, output, seconds: (performance.now() - started) / 1000, peakBytes, peakPssBytes });
    });
  });
}
