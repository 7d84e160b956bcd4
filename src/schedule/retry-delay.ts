export interface RetryPolicy {
  /** First wait, before jitter. */
  baseMs: number;
  /** No backoff wait is longer than this. */
  maxMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseMs: 2_000, maxMs: 60_000 };

/**
 * Wait before attempt `attempt + 1`: capped exponential backoff with "equal jitter" (half fixed, half random),
 * so processes retrying after the same outage spread out. A platform's Retry-After is obeyed as given (plus up
 * to 250 ms), even above the cap: the slot's window decides whether it is still worth waiting.
 */
export function retryDelay(attempt: number, retryAfterMs: number | undefined, policy: RetryPolicy, random: () => number): number {
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  const jittered = exponential / 2 + (random() * exponential) / 2;
  if (retryAfterMs !== undefined && retryAfterMs > 0) return Math.round(retryAfterMs + random() * 250);
  return Math.round(jittered);
}
