/**
 * Retry timing for the outbox sender: exponential backoff with a cap and jitter, as pure functions
 * (time and randomness are parameters). "Full jitter" (a uniform draw in [0, capped exponential])
 * spreads retries of many failed messages best; "equal" keeps at least half the delay.
 */
export type Jitter = 'full' | 'equal' | 'none';

export interface BackoffPolicy {
  /** Delay before the first retry, before jitter. */
  baseMs: number;
  /** Growth per attempt (2 = doubling). */
  factor: number;
  /** Upper bound of any delay. */
  maxMs: number;
  jitter: Jitter;
  /** Attempts in total (the first send included); after that, give up and flag the message. */
  maxAttempts: number;
}

export const DEFAULT_BACKOFF: Readonly<BackoffPolicy> = Object.freeze({
  baseMs: 1_000,
  factor: 2,
  maxMs: 15 * 60_000,
  jitter: 'full',
  maxAttempts: 12,
});

/**
 * Delay before the retry that follows failed attempt number `attempt` (1 = the first send failed).
 * `random` returns [0, 1), like Math.random.
 */
export function backoffDelay(attempt: number, policy: BackoffPolicy = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  if (!Number.isInteger(attempt) || attempt < 1) throw new RangeError(`attempt must be an integer >= 1, got ${attempt}`);
  // Math.min before pow overflows: factor^(attempt-1) can reach Infinity for large attempts.
  const exponential = Math.min(policy.maxMs, policy.baseMs * Math.pow(policy.factor, attempt - 1));
  const capped = Number.isFinite(exponential) ? exponential : policy.maxMs;
  switch (policy.jitter) {
    case 'none':
      return Math.round(capped);
    case 'equal':
      return Math.round(capped / 2 + random() * (capped / 2));
    case 'full':
      return Math.round(random() * capped);
  }
}

export type RetryDecision = { retry: true; at: Date; delayMs: number } | { retry: false };

/** What to do after failed attempt `attempt` at time `now`: retry at a time, or give up. */
export function nextRetry(attempt: number, now: Date, policy: BackoffPolicy = DEFAULT_BACKOFF, random: () => number = Math.random): RetryDecision {
  if (attempt >= policy.maxAttempts) return { retry: false };
  const delayMs = backoffDelay(attempt, policy, random);
  return { retry: true, at: new Date(now.getTime() + delayMs), delayMs };
}
