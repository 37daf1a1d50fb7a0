import { backoffDelay, DEFAULT_BACKOFF, nextRetry, type BackoffPolicy } from '../backoff';

const policy = (p: Partial<BackoffPolicy> = {}): BackoffPolicy => ({ baseMs: 100, factor: 2, maxMs: 1_000, jitter: 'none', maxAttempts: 5, ...p });

describe('backoffDelay', () => {
  it('doubles from the base and stops at the cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((a) => backoffDelay(a, policy()))).toEqual([100, 200, 400, 800, 1_000, 1_000]);
  });

  it('full jitter draws uniformly in [0, capped]', () => {
    expect(backoffDelay(3, policy({ jitter: 'full' }), () => 0)).toBe(0);
    expect(backoffDelay(3, policy({ jitter: 'full' }), () => 0.5)).toBe(200);
    expect(backoffDelay(3, policy({ jitter: 'full' }), () => 0.999999)).toBe(400);
  });

  it('equal jitter keeps at least half', () => {
    expect(backoffDelay(3, policy({ jitter: 'equal' }), () => 0)).toBe(200);
    expect(backoffDelay(3, policy({ jitter: 'equal' }), () => 0.5)).toBe(300);
  });

  it('never exceeds the cap, even where the exponential overflows', () => {
    expect(backoffDelay(5_000, policy({ jitter: 'full' }), () => 0.999999)).toBeLessThanOrEqual(1_000);
    expect(backoffDelay(5_000, policy())).toBe(1_000);
  });

  it('stays within bounds for the default policy with Math.random', () => {
    for (let attempt = 1; attempt <= 40; attempt++) {
      const d = backoffDelay(attempt);
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThanOrEqual(Math.min(DEFAULT_BACKOFF.maxMs, DEFAULT_BACKOFF.baseMs * 2 ** (attempt - 1)));
    }
  });

  it('refuses attempt numbers below 1', () => {
    expect(() => backoffDelay(0, policy())).toThrow(RangeError);
    expect(() => backoffDelay(1.5, policy())).toThrow(RangeError);
  });
});

describe('nextRetry', () => {
  const now = new Date('2026-03-02T09:00:00Z');

  it('schedules the retry after the delay', () => {
    expect(nextRetry(2, now, policy())).toEqual({ retry: true, at: new Date('2026-03-02T09:00:00.200Z'), delayMs: 200 });
  });

  it('gives up after maxAttempts', () => {
    expect(nextRetry(4, now, policy()).retry).toBe(true);
    expect(nextRetry(5, now, policy())).toEqual({ retry: false });
  });
});
