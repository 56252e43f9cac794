/**
 * "Last updated" dates from Git history. One `git log` for the whole content
 * folder, read once per build, instead of one process per page.
 */
import { execFileSync } from 'node:child_process';

/**
 * Parses `git log --format=%x00%cI --name-only` output into the newest commit
 * date of each file (the log is newest first, so the first date seen wins).
 */
export function parseGitLog(log: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const commit of log.split('\u0000').slice(1)) {
    const [date, ...files] = commit.split('\n').map((line) => line.trim());
    if (!date) continue;
    for (const file of files) {
      if (file && !dates.has(file)) dates.set(file, date);
    }
  }
  return dates;
}

/** Newest commit date (ISO 8601) of every file under `folder`, by path relative to the repository root. */
export function lastUpdatedDates(root: string, folder: string): Map<string, string> {
  try {
    const log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--no-renames', '--', folder], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return parseGitLog(log);
  } catch {
    return new Map(); // not a Git checkout: pages simply show no date
  }
}
