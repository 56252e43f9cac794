/**
 * Posting a chat message to its incoming webhook: retried on 429 (after the
 * `Retry-After` the chat asks for), on 5xx and on connection failures; any other
 * answer is a permanent failure quoting the chat's reply. The webhook URL is a secret,
 * so messages name only its host.
 */
import type { FailureVerdict } from '../failure.ts';
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from '../retry.ts';

class HttpFailure extends Error {
  constructor(
    readonly status: number,
    readonly reply: string,
    readonly retryAfterMs: number | undefined,
  ) {
    super(`HTTP ${status}`);
  }
}

/** `Retry-After` in seconds or as an HTTP date. */
function retryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

export function judgeHttpFailure(error: unknown, host: string): FailureVerdict {
  if (error instanceof HttpFailure) {
    const temporary = error.status === 429 || error.status >= 500;
    return { temporary, message: `the chat webhook at ${host} answered ${error.status}: "${error.reply}"`, retryAfterMs: error.retryAfterMs };
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const what = (error as Error).name === 'TimeoutError' ? 'did not answer in time' : `could not be reached (${cause?.code ?? cause?.message ?? String(error)})`;
  return { temporary: true, message: `the chat webhook at ${host} ${what}` };
}

export async function postChat(url: URL, payload: unknown, options: { retry?: RetryPolicy; timeoutSeconds?: number; what: string }): Promise<string> {
  const body = JSON.stringify(payload);
  return withRetry(
    options.what,
    async () => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
        body,
        signal: AbortSignal.timeout((options.timeoutSeconds ?? 15) * 1000),
      });
      const reply = (await response.text()).trim().slice(0, 500);
      if (!response.ok) throw new HttpFailure(response.status, reply || response.statusText, retryAfter(response.headers.get('retry-after')));
      return reply;
    },
    (error) => judgeHttpFailure(error, url.host),
    options.retry ?? DEFAULT_RETRY,
  );
}
