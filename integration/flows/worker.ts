/**
 * A processing worker: claims and processes inbound messages one transaction at a time until the
 * backlog is empty, then polls. Several workers (in one process or many) run side by side: the claim
 * is FOR UPDATE SKIP LOCKED. stop() lets the current message finish.
 */
import type { Pool } from 'pg';
import { verwerkVolgende, type VerwerkResultaat } from './pipeline.js';
import type { PipelineDeps } from './PipelineDeps.js';

export interface WorkerOpties {
  /** Wait between polls when the backlog is empty (ms). Default 250. */
  pollMs?: number;
  onVerwerkt?(r: VerwerkResultaat): void;
  /** Run when the backlog is empty, before the wait (the processor drains the monitoring queue here). */
  bijLeeg?(): Promise<unknown>;
  onFout?(e: unknown): void;
}

export interface Worker {
  stop(): Promise<void>;
  /** Resolves when the backlog is empty (for tests and the benchmark). */
  leeg(): Promise<void>;
}

export function startWorker(pool: Pool, deps: PipelineDeps, opts: WorkerOpties = {}): Worker {
  let running = true;
  let wake: (() => void) | null = null;
  const wachtenden: (() => void)[] = [];
  const loop = (async () => {
    while (running) {
      let r: VerwerkResultaat | null = null;
      try {
        r = await verwerkVolgende(pool, deps);
      } catch (e) {
        opts.onFout?.(e);
      }
      if (r) {
        opts.onVerwerkt?.(r);
        continue;
      }
      try {
        await opts.bijLeeg?.();
      } catch (e) {
        opts.onFout?.(e);
      }
      for (const w of wachtenden.splice(0)) w();
      await new Promise<void>((res) => {
        wake = res;
        setTimeout(res, opts.pollMs ?? 250).unref?.();
      });
      wake = null;
    }
  })();
  return {
    async stop() {
      running = false;
      wake?.();
      await loop;
      for (const w of wachtenden.splice(0)) w();
    },
    leeg() {
      return new Promise<void>((res) => {
        wachtenden.push(res);
        wake?.();
      });
    },
  };
}

/** Process the whole backlog with `n` concurrent workers in this process; resolves with the count. */
export async function verwerkAlles(pool: Pool, deps: PipelineDeps, n = 1): Promise<number> {
  let count = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      for (;;) {
        const r = await verwerkVolgende(pool, deps);
        if (!r) return;
        count++;
      }
    }),
  );
  return count;
}
