/**
 * receive: the first step of every inbound message — store it, raw, before anything else happens.
 * Idempotency comes from the database (integration/store/bericht.sql.ts insertBericht):
 * - new message → stored `received`, the worker picks it up;
 * - exact redelivery (same sender + type + identificatie and the same bytes, by sha256) → nothing is
 *   stored or processed again. Decision: the hub gets the SAME answer again — if our retourbericht
 *   exists, a new outbox row re-sends it (a hub that lost our answer redelivers to get it);
 *   if the original is still being processed, its answer will follow anyway;
 * - real duplicate identification (same identity, other bytes) → stored too, with duplicaat_van,
 *   and the worker rejects it with TR056 / 9056 in its own retourbericht.
 * Undecodable input is stored as type 'onbekend' (deduplicated by its bytes) and rejected by the worker.
 */
import { createHash } from 'node:crypto';
import type { Queryable } from '../rules/Regel.js';
import { findLevering, findOrigineel, insertBericht, type BerichtRij, type BerichtStatus } from '../store/bericht.sql.js';
import { insertOutbox } from '../store/outbox.sql.js';
import { one } from '../store/SqlQuery.js';
import { leesHeader, type BerichtKop } from './leesHeader.js';

export interface OntvangMeta {
  /** 'http', 'directory', 'intern' ... */
  kanaal: string;
  /** The envelope's stuurgegevens (StUF Di01), when it came in one. */
  stuurgegevens?: unknown;
  /** Re-send our original answer on an exact redelivery (default true). */
  herzendRetour?: boolean;
}

export type OntvangResultaat =
  | { soort: 'nieuw'; id: string; type: string; kop: BerichtKop; duplicaatVan: string | null }
  | {
      soort: 'herlevering';
      id: string;
      type: string;
      kop: BerichtKop;
      status: BerichtStatus;
      retourcodes: string[];
      retourberichtId: string | null;
      /** Whether our original retourbericht was queued again. */
      herzonden: boolean;
    };

export function inhoudHash(raw: Buffer): Buffer {
  return createHash('sha256').update(raw).digest();
}

export async function receive(db: Queryable, input: Buffer | string, meta: OntvangMeta): Promise<OntvangResultaat> {
  const raw = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const hash = inhoudHash(raw);
  const kop = leesHeader(raw);
  const base = {
    richting: 'in' as const,
    type: kop.type,
    afzender: kop.afzender,
    ontvanger: kop.ontvanger,
    identificatie: kop.identificatie,
    dagtekening: kop.dagtekening,
    gemeenteCode: kop.gemeenteCode,
    inhoudHash: hash,
    raw,
    parsed: null,
    status: 'received' as const,
    kanaal: meta.kanaal,
    stuurgegevens: meta.stuurgegevens,
  };
  // Three rounds cover every interleaving: a conflicting row is committed by the time DO NOTHING returns.
  for (let poging = 0; poging < 3; poging++) {
    const nieuw = await one<{ id: string }>(db, insertBericht(base));
    if (nieuw) return { soort: 'nieuw', id: nieuw.id, type: kop.type, kop, duplicaatVan: null };

    const eerder = await one<BerichtRij>(db, findLevering('in', kop.afzender, kop.type, kop.identificatie, hash));
    if (eerder) return herlevering(db, eerder, kop, meta);

    if (kop.identificatie === null) continue; // the other delivery rolled back: try again
    const origineel = await one<BerichtRij>(db, findOrigineel('in', kop.afzender, kop.type, kop.identificatie));
    if (!origineel) continue;
    const dubbel = await one<{ id: string }>(db, insertBericht({ ...base, duplicaatVan: origineel.id }));
    if (dubbel) return { soort: 'nieuw', id: dubbel.id, type: kop.type, kop, duplicaatVan: origineel.id };
  }
  throw new Error(`receive: kon bericht ${kop.type} ${kop.identificatie ?? ''} niet opslaan na herhaalde conflicten`);
}

async function herlevering(db: Queryable, eerder: BerichtRij, kop: BerichtKop, meta: OntvangMeta): Promise<OntvangResultaat> {
  let herzonden = false;
  if ((meta.herzendRetour ?? true) && eerder.retourbericht_id && eerder.afzender) {
    await one(db, insertOutbox(eerder.retourbericht_id, eerder.afzender));
    herzonden = true;
  }
  return {
    soort: 'herlevering',
    id: eerder.id,
    type: eerder.type,
    kop,
    status: eerder.status,
    retourcodes: eerder.retourcodes,
    retourberichtId: eerder.retourbericht_id,
    herzonden,
  };
}
