/**
 * What was already sent: one small JSON file, read before a send and written after it,
 * so a re-run job never mails or posts the same week twice. The file lives outside the
 * repository's content (by default `.cache/atrium-sent.json`, git-ignored); the digest
 * workflow keeps it between runs in the Actions cache under a key per week (see README).
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SendError } from './failure.ts';

export const DEFAULT_STATE_FILE = '.cache/atrium-sent.json';

export interface SentRecord {
  /** When it was sent, ISO 8601. */
  at: string;
  /** The email's Message-ID, or the chat format. */
  id: string;
  /** How many times it was sent again with `--force`. */
  resends?: number;
}

export type SentState = Record<string, SentRecord>;

export async function readSentState(file: string): Promise<SentState> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as SentState;
  } catch {
    // Reported below with the file's name.
  }
  throw new SendError(
    `${file} is not the JSON object of sent messages that Atrium writes. Delete it only if nothing was sent from this run's state, or fix it by hand.`,
  );
}

/** Adds one record; written to a temporary file first so an interrupted run leaves the old state whole. */
export async function recordSent(file: string, key: string, record: SentRecord): Promise<void> {
  const state = await readSentState(file);
  state[key] = record;
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(state, null, 2)}\n`);
  await rename(temporary, file);
}
