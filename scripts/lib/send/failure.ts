/**
 * Failures of a send, told to the person running it: what was refused, by whom, with
 * the server's own reply, and what to do. The command prints the message and exits 1.
 */
export class SendError extends Error {
  override name = 'SendError';
}

/** How one failed attempt is judged: a temporary failure is tried again, a permanent one is not. */
export interface FailureVerdict {
  temporary: boolean;
  /** One sentence naming the server and quoting its reply, for the log and the final error. */
  message: string;
  /** How long the server asked to wait (HTTP `Retry-After`), in milliseconds. */
  retryAfterMs?: number | undefined;
}
