/**
 * Runs a command and measures it as a whole: wall time and the peak memory of its
 * entire process tree (a build starts workers and a browser), read from /proc.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';

export interface Measured {
  code: number;
  output: string;
  seconds: number;
  /** Highest sum of resident memory over the process and all its descendants, in bytes. */
  peakBytes: number;
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

async function residentBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kilobytes = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
  return kilobytes ? Number(kilobytes) * 1024 : 0;
}

async function treeBytes(root: number): Promise<number> {
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    total += await residentBytes(pid);
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
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const sampler = setInterval(() => {
      if (child.pid) void treeBytes(child.pid).then((bytes) => (peakBytes = Math.max(peakBytes, bytes)));
    }, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({ code: code ?? 1, output, seconds: (performance.now() - started) / 1000, peakBytes });
    });
  });
}
