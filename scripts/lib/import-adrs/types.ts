/** What an import is given and what it plans: the shapes shared by the planner's steps. */
import type { AdrStatus } from '../../../src/schemas/adrs.ts';
import type { HandbookFolder } from '../cli/handbook.ts';
import type { SourceAdr, SourceFormat } from './parse.ts';

/** The handbook folder (its ids are never reused for numbers or file names), and the day. */
export interface ImportContext extends HandbookFolder {
  /** Today, `YYYY-MM-DD`: the feedback window of imported proposals starts now. */
  today: string;
}

export interface ImportAnswers {
  /** Owning teams of every imported record (team ids). */
  teams: string[];
  /** A handbook status for a status the handbook does not know, keyed by that status in lower case (`approved`). */
  statuses?: Record<string, AdrStatus>;
  /** A handbook status for one file, keyed by its file name; it wins over anything the file says. */
  fileStatuses?: Record<string, AdrStatus>;
  /** A date for a file whose date is missing or unreadable, keyed by its file name. */
  dates?: Record<string, string>;
}

export interface ImportQuestion {
  kind: 'status' | 'date';
  /** What answers it: a status as written (`approved`) or a file name. */
  key: string;
  /** The files it concerns. */
  files: string[];
  /** What is unclear. */
  message: string;
  /** Valid answers, for a status. */
  choices?: readonly AdrStatus[];
  /** The command-line flag that answers it. */
  flag: string;
}

export interface ImportedAdr {
  source: string;
  format: SourceFormat;
  id: string;
  path: string;
  status: AdrStatus;
  supersedes: string[];
  text: string;
}

export interface ImportPlan {
  adrs: ImportedAdr[];
  /** Files left out, and why (the log's index, its template). */
  skipped: { source: string; reason: string }[];
  /** Everything read but not mapped to a field, or changed on the way, per source file. */
  notes: { source: string; message: string }[];
  /** Open questions; while there are any, `adrs` is empty. */
  questions: ImportQuestion[];
}

export class ImportError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'ImportError';
  }
}

/** A record of the log and the handbook id it gets. */
export interface ImportedTarget {
  id: string;
  source: SourceAdr;
}

/** Records a note about one source file: what was not mapped, or changed on the way. */
export type Note = (source: SourceAdr) => (message: string) => void;
