/**
 * Tries a send again after a temporary failure (a busy SMTP server's 4xx, a refused or
 * timed-out connection, a webhook's 429 or 5xx), waiting longer each time, and gives up
 * at once on a permanent one, so a scheduled run either delivers or fails loudly.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { SendError, type FailureVerdict } from './failure.ts';

export interface RetryPolicy {
  /** The waits before the second, third, … attempt; one attempt more than there are waits. */
  delaysMs: readonly number[];
  /** A server's `Retry-After` is honoured up to this long. */
  maxRetryAfterMs?: number;
  log?: (line: string) => void;
}

/** About 40 seconds in all: long enough for a greylisting or rate-limiting server, short enough for a CI job. */
export const DEFAULT_RETRY: RetryPolicy = { delaysMs: [2_000, 8_000, 30_000], maxRetryAfterMs: 60_000 };

export async function withRetry<T>(what: string, attempt: () => Promise<T>, judge: (error: unknown) => FailureVerdict, policy: RetryPolicy): Promise<T> {
  const attempts = policy.delaysMs.length + 1;
  const log = policy.log ?? ((line: string) => console.warn(line));
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (error instanceof SendError) throw error;
      const verdict = judge(error);
      if (!verdict.temporary) throw new SendError(`${what} failed permanently, so it was not retried: ${verdict.message}`, { cause: error });
      if (n >= attempts) throw new SendError(`${what} still failed after ${attempts} attempts: ${verdict.message}`, { cause: error });
      const wait = Math.max(policy.delaysMs[n - 1]!, Math.min(verdict.retryAfterMs ?? 0, policy.maxRetryAfterMs ?? 60_000));
      log(`${what} failed temporarily (${verdict.message}); trying again in ${formatWait(wait)} (attempt ${n + 1} of ${attempts}).`);
      await sleep(wait);
    }
  }
}

const formatWait = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`);
