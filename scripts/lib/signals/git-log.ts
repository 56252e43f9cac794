/** The commits of one local clone in a span of days: author, co-authors and the files each touched. */
import { execFileSync } from 'node:child_process';

export interface Commit {
  hash: string;
  author: { name: string; email: string };
  /** From `Co-authored-by: Name <email>` trailers. */
  coAuthors: { name: string; email: string }[];
  files: string[];
  /** The author date, in UTC, `YYYY-MM-DD`. */
  day: string;
}

const RECORD = '\x1e';
const FIELD = '\x1f';

function nameAndEmail(trailer: string): { name: string; email: string } | undefined {
  const match = /^(.*?)\s*<([^>]+)>\s*$/.exec(trailer.trim());
  return match ? { name: match[1]!, email: match[2]!.toLowerCase() } : undefined;
}

/** Commits written from `first` to `last` (author dates, `YYYY-MM-DD`, both included, UTC), merges left out. */
export function readCommits(repo: string, first: string, last: string): Commit[] {
  const output = execFileSync(
    'git',
    [
      '-C',
      repo,
      'log',
      '--no-merges',
      // Dates are filtered here, not with --since: git stops walking at the first older commit, and history is not in date order.
      `--format=${RECORD}%H${FIELD}%an${FIELD}%ae${FIELD}%(trailers:key=Co-authored-by,valueonly,separator=%x1d)${FIELD}%aI${FIELD}`,
      '--name-only',
    ],
    { encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  return output
    .split(RECORD)
    .filter((record) => record.trim())
    .map((record) => {
      const [hash, name, email, trailers, date, files] = record.split(FIELD);
      return {
        day: new Date(date!).toISOString().slice(0, 10),
        hash: hash!,
        author: { name: name!, email: email!.toLowerCase() },
        coAuthors: trailers!
          .split('\x1d')
          .map(nameAndEmail)
          .filter((person) => person !== undefined),
        files: files!.split('\n').filter((file) => file.trim()),
      };
    })
    .filter((commit) => commit.day >= first && commit.day <= last);
}
