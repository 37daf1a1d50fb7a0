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

export interface Verzender {
  /** Deliver one envelope to `ontvanger`; throw to retry later. */
  verstuur(ontvanger: string, bestandsnaam: string, envelop: string): Promise<void>;
}

export interface SendOpties {
  batch?: number;
  maxAttempts?: number;
  /** Delay before attempt n+1 (ms). Default: 2^n × 30 s, max 1 h, ±20 % jitter. */
  backoff?(attempts: number): number;
}

export function standaardBackoff(attempts: number): number {
  const basis = Math.min(30_000 * 2 ** attempts, 3_600_000);
  return Math.round(basis * (0.8 + Math.random() * 0.4));
}

export function bestandsnaam(r: Pick<OutboxRij, 'type' | 'identificatie' | 'bericht_id' | 'id'>): string {
  return `${r.type}_${(r.identificatie ?? 'x').replace(/[^0-9A-Za-z_-]/g, '_')}_${r.bericht_id}_${r.id}.xml`;
}

/** One batch; returns counts. */
export async function sendOutbox(pool: Pool, verzender: Verzender, opts: SendOpties = {}): Promise<{ verzonden: number; mislukt: number }> {
  const backoff = opts.backoff ?? standaardBackoff;
  const max = opts.maxAttempts ?? 8;
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
