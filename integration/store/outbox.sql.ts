/**
 * SQL on table `outbox` (migration 1795340000000-BerichtStore): one row per send of an outbound message.
 * A redelivered heenbericht gets its original retour re-sent: a second outbox row for the same bericht.
 */
import type { SqlQuery } from './SqlQuery.js';

export interface OutboxRij {
  id: string;
  bericht_id: string;
  ontvanger: string;
  attempts: number;
  raw: Buffer;
  type: string;
  afzender: string | null;
  identificatie: string | null;
  gemeente_code: string | null;
  /** The stuurgegevens of the heenbericht a retourbericht answers (for the Du01 crossRefnummer). */
  heen_stuurgegevens: { envelop?: string; referentienummer?: string } | null;
}

export function insertOutbox(berichtId: string, ontvanger: string): SqlQuery {
  return {
    text: `INSERT INTO outbox (bericht_id, ontvanger) VALUES ($1, $2) RETURNING id::text`,
    values: [berichtId, ontvanger],
  };
}

/**
 * Claim up to $1 due rows. Runs in the sender's transaction and keeps the row locks while the
 * transport writes: a crash rolls back to `pending` and the message is sent again (at least once;
 * the receiver recognises the redelivery by identity + content hash).
 * Served by outbox_pending_idx (next_attempt_at, id) WHERE status = 'pending': only due, pending
 * rows are in it, in the order we read them, so the LIMIT stops after $1 index entries.
 */
export function claimOutbox(limit: number): SqlQuery {
  return {
    text: `SELECT o.id::text, o.bericht_id::text, o.ontvanger, o.attempts, b.raw, b.type, b.afzender, b.identificatie, b.gemeente_code,
                  h.stuurgegevens AS heen_stuurgegevens
           FROM outbox o JOIN bericht b ON b.id = o.bericht_id LEFT JOIN bericht h ON h.id = b.heenbericht_id
           WHERE o.status = 'pending' AND o.next_attempt_at <= now()
           ORDER BY o.next_attempt_at, o.id
           LIMIT $1
           FOR UPDATE OF o SKIP LOCKED`,
    values: [limit],
  };
}

export function markOutboxSent(id: string): SqlQuery {
  return {
    text: `UPDATE outbox SET status = 'sent', attempts = attempts + 1, sent_at = now(), last_error = NULL WHERE id = $1`,
    values: [id],
  };
}

/** A failed attempt: retry at $2 (backoff), or give up when $3 (failed) is true. */
export function markOutboxRetry(id: string, nextAttemptAt: Date, failed: boolean, error: string): SqlQuery {
  return {
    text: `UPDATE outbox
           SET attempts = attempts + 1, next_attempt_at = $2, last_error = $4,
               status = CASE WHEN $3::boolean THEN 'failed' ELSE 'pending' END
           WHERE id = $1`,
    values: [id, nextAttemptAt, failed, error.slice(0, 2000)],
  };
}
