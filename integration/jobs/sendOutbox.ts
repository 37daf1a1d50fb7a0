/**
 * Send due outbox rows: envelope (Di01/Du01), hand to the transport, mark sent — or schedule a retry
 * with exponential backoff, and give up (`failed`) after maxAttempts. Each batch is one transaction
 * holding the row locks while sending (FOR UPDATE SKIP LOCKED, outbox_pending_idx): a crash rolls
 * back and the rows are sent again (at least once; receivers deduplicate by identity + content).
 */
import type { Pool } from 'pg';
import { markVerzonden } from '../store/bericht.sql.js';
import { claimOutbox, markOutboxRetry, markOutboxSent, type OutboxRij } from '../store/outbox.sql.js';
import { one, run } from '../store/SqlQuery.js';
import { withTransaction } from '../flows/transaction.js';
import { verpak } from '../transport/envelop.js';
import { backoffDelay, DEFAULT_BACKOFF } from '../transport/backoff.js';

export interface Verzender {
  /** Deliver one envelope to `ontvanger`; throw to retry later. */
  verstuur(ontvanger: string, bestandsnaam: string, envelop: string): Promise<void>;
}

export interface SendOpties {
  batch?: number;
  /** Attempts in total before the row is `failed`; default DEFAULT_BACKOFF.maxAttempts. */
  maxAttempts?: number;
  /** Delay before the retry after failed attempt n (ms); default backoffDelay (integration/transport/backoff.ts) (exponential, capped, full jitter). */
  backoff?(attempts: number): number;
}

export function bestandsnaam(r: Pick<OutboxRij, 'type' | 'identificatie' | 'bericht_id' | 'id'>): string {
  return `${r.type}_${(r.identificatie ?? 'x').replace(/[^0-9A-Za-z_-]/g, '_')}_${r.bericht_id}_${r.id}.xml`;
}

/** One batch; returns counts. */
export async function sendOutbox(pool: Pool, verzender: Verzender, opts: SendOpties = {}): Promise<{ verzonden: number; mislukt: number }> {
  const backoff = opts.backoff ?? ((n: number) => backoffDelay(n));
  const max = opts.maxAttempts ?? DEFAULT_BACKOFF.maxAttempts;
  return withTransaction(pool, async (tx) => {
    const rijen = await run<OutboxRij>(tx, claimOutbox(opts.batch ?? 50));
    let verzonden = 0;
    let mislukt = 0;
    for (const r of rijen) {
      try {
        const env = verpak({ type: r.type, raw: r.raw, afzender: r.afzender ?? '', ontvanger: r.ontvanger, heenStuurgegevens: r.heen_stuurgegevens });
        await verzender.verstuur(r.ontvanger, bestandsnaam(r), env);
        await one(tx, markOutboxSent(r.id));
        await one(tx, markVerzonden(r.bericht_id));
        verzonden++;
      } catch (e) {
        const poging = r.attempts + 1;
        await one(tx, markOutboxRetry(r.id, new Date(Date.now() + backoff(poging)), poging >= max, String((e as Error)?.message ?? e)));
        mislukt++;
      }
    }
    return { verzonden, mislukt };
  });
}
