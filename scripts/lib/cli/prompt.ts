/**
 * Questions in a terminal, for the scripts that ask for what was not passed as a flag.
 * Outside a terminal (CI, pipes, tests) there is no prompter, so nothing waits for
 * input that will never come: the scripts report the missing flags instead.
 */
import { createInterface } from 'node:readline/promises';

/** A terminal conversation: ask a question and read a line; say something without waiting. */
export interface Prompter {
  ask(question: string): Promise<string>;
  say(line: string): void;
}

export interface TerminalPrompter extends Prompter {
  close(): void;
}

/** A prompter on stdin/stdout when both are a terminal, otherwise undefined. */
export function terminalPrompter(): TerminalPrompter | undefined {
  if (!process.stdin.isTTY || !process.stdout.isTTY) return undefined;
  const readline = createInterface({ input: process.stdin, output: process.stdout });
  const controller = new AbortController();
  // Ctrl-C while a question is open rejects it (an AbortError) instead of leaving the process hanging.
  readline.on('SIGINT', () => controller.abort());
  return {
    ask: (question) => readline.question(question, { signal: controller.signal }),
    say: (line) => console.log(line),
    close: () => readline.close(),
  };
}

/** True for the rejection of a question cancelled with Ctrl-C. */
export function isCancel(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
