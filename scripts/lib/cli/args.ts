/** The command line of a CLI, parsed with Node's own parser. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * The parsed flags and arguments; for an unknown flag or a flag without its value, the
 * error and how the command is used, and exit 1.
 */
export function parseArgsOrExit<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    process.exit(1);
  }
}
