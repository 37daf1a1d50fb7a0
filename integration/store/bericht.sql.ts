/**
 * SQL on table `bericht` (migration 1795340000000-BerichtStore). Every statement returns { text, values };
 * values always go as $n. Callers run them on a Pool or on their transaction's client.
 */
import type { SqlQuery } from './SqlQuery.js';

export type Richting = 'in' | 'uit';
export type BerichtStatus = 'received' | 'validated' | 'processed' | 'rejected' | 'sent' | 'acknowledged';

/** A row of `bericht` as the store functions return it (bigint ids as strings). */
export interface BerichtRij {
  id: string;
  richting: Richting;
  type: string;
  afzender: string | null;
  ontvanger: string | null;
  identificatie: string | null;
  dagtekening: string | null;
  gemeente_code: string | null;
  status: BerichtStatus;
  retourcodes: string[];
  bevindingen: unknown;
  heenbericht_id: string | null;
  retourbericht_id: string | null;
  duplicaat_van: string | null;
  kanaal: string;
  stuurgegevens: unknown;
  verwerk_pogingen: number;
  ontvangen_op: Date;
  verwerkt_op: Date | null;
  verzonden_op: Date | null;
  bevestigd_op: Date | null;
}

/** Columns without raw/parsed (those are read only where needed). */
export const BERICHT_KOLOMMEN = `id::text, richting, type, afzender, ontvanger, identificatie, to_char(dagtekening, 'YYYY-MM-DD') AS dagtekening,
  gemeente_code, status, retourcodes, bevindingen, heenbericht_id::text, retourbericht_id::text, duplicaat_van::text,
  kanaal, stuurgegevens, verwerk_pogingen, ontvangen_op, verwerkt_op, verzonden_op, bevestigd_op`;

export interface NieuwBericht {
  richting: Richting;
  type: string;
  afzender: string | null;
  ontvanger: string | null;
  identificatie: string | null;
  dagtekening: string | null;
  gemeenteCode: string | null;
  inhoudHash: Buffer;
  raw: Buffer;
  parsed: unknown;
  status: BerichtStatus;
  retourcodes?: string[];
  bevindingen?: unknown;
  heenberichtId?: string | null;
  duplicaatVan?: string | null;
  kanaal: string;
  stuurgegevens?: unknown;
}

/**
 * Insert a message; ON CONFLICT DO NOTHING on all three unique indexes (bericht_levering_uniq,
 * bericht_identiteit_uniq, bericht_onbekend_uniq): no row back means the identity or the bytes are taken.
 */
export function insertBericht(b: NieuwBericht): SqlQuery {
  return {
    text: `INSERT INTO bericht (richting, type, afzender, ontvanger, identificatie, dagtekening, gemeente_code, inhoud_hash, raw, parsed,
                                status, retourcodes, bevindingen, heenbericht_id, duplicaat_van, kanaal, stuurgegevens)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
           ON CONFLICT DO NOTHING
           RETURNING id::text`,
    values: [
      b.richting, b.type, b.afzender, b.ontvanger, b.identificatie, b.dagtekening, b.gemeenteCode, b.inhoudHash, b.raw,
      b.parsed === undefined || b.parsed === null ? null : JSON.stringify(b.parsed),
      b.status, b.retourcodes ?? [], JSON.stringify(b.bevindingen ?? []), b.heenberichtId ?? null, b.duplicaatVan ?? null,
      b.kanaal, b.stuurgegevens === undefined || b.stuurgegevens === null ? null : JSON.stringify(b.stuurgegevens),
    ],
  };
}

/** The exact earlier delivery of these bytes under this identity (served by bericht_levering_uniq / bericht_onbekend_uniq). */
export function findLevering(richting: Richting, afzender: string | null, type: string, identificatie: string | null, hash: Buffer): SqlQuery {
  if (identificatie === null) {
    return {
      text: `SELECT ${BERICHT_KOLOMMEN} FROM bericht WHERE richting = $1 AND identificatie IS NULL AND inhoud_hash = $2`,
      values: [richting, hash],
    };
  }
  return {
    text: `SELECT ${BERICHT_KOLOMMEN} FROM bericht
           WHERE richting = $1 AND afzender IS NOT DISTINCT FROM $2 AND type = $3 AND identificatie = $4 AND inhoud_hash = $5`,
    values: [richting, afzender, type, identificatie, hash],
  };
}

/** The original holder of an identity (served by bericht_identiteit_uniq). */
export function findOrigineel(richting: Richting, afzender: string | null, type: string, identificatie: string): SqlQuery {
  return {
    text: `SELECT ${BERICHT_KOLOMMEN} FROM bericht
           WHERE richting = $1 AND afzender IS NOT DISTINCT FROM $2 AND type = $3 AND identificatie = $4 AND duplicaat_van IS NULL`,
    values: [richting, afzender, type, identificatie],
  };
}

/**
 * The worker's claim: the oldest `received` message nobody else holds. Runs inside the processing
 * transaction; the row lock is held until that transaction commits, so a crash returns the message
 * to the backlog untouched. Served by the partial index bericht_te_verwerken_idx (status = 'received'):
 * it holds only the backlog, so `ORDER BY id LIMIT 1` is an index scan of its first live entry,
 * and SKIP LOCKED steps over entries another worker holds.
 */
/**
 * A JW323 is read by the streaming path in slices (integration/declaraties/pipelineJW323.ts), never as one
 * value: a declaration of 100,000 prestaties is ~60 MB, ~130 MB as a hex text result.
 */
const RAW_TENZIJ_JW323 = `CASE WHEN type = 'JW323' THEN NULL ELSE raw END AS raw`;

/**
 * The identificatie of our retourbericht, drawn with the claim (one round trip less per message): the retour's XML
 * carries it, so it is needed before the retour is built (also the JW325 of integration/declaraties/pipelineJW323.ts).
 * A claim that ends without a retour (an inbound retour, a rollback) leaves a gap in the sequence, nothing more.
 */
const RETOUR_IDENTIFICATIE = `lpad(nextval('bericht_identificatie_seq')::text, 12, '0') AS retour_identificatie`;

/**
 * Whether the stored Ontvanger is one of our municipalities and the Afzender a known provider: the question of the
 * pipeline's receiving gate (ADRESSERING, findAdressering), answered with the claim; the gate's rule runs (and
 * explains) only when this is false. Two unique-index probes (municipality_cbs_code_key, provider_agb_code_key).
 */
const ADRES_BEKEND = `(EXISTS (SELECT 1 FROM municipality m WHERE m.cbs_code = bericht.ontvanger)
                       AND EXISTS (SELECT 1 FROM provider p WHERE p.agb_code = bericht.afzender)) AS adres_bekend`;

export function claimTeVerwerken(maxPogingen: number): SqlQuery {
  return {
    text: `SELECT ${BERICHT_KOLOMMEN}, ${RAW_TENZIJ_JW323}, ${RETOUR_IDENTIFICATIE}, ${ADRES_BEKEND} FROM bericht
           WHERE status = 'received' AND verwerk_pogingen < $1
           ORDER BY id
           LIMIT 1
           FOR UPDATE SKIP LOCKED`,
    values: [maxPogingen],
  };
}

/** A processing attempt failed with an exception (rolled back): count it, outside that transaction. */
export function markPogingMislukt(id: string, fout: string): SqlQuery {
  return {
    text: `UPDATE bericht SET verwerk_pogingen = verwerk_pogingen + 1, laatste_fout = $2, gewijzigd_op = now()
           WHERE id = $1 AND status = 'received' RETURNING verwerk_pogingen`,
    values: [id, fout.slice(0, 2000)],
  };
}

/** Link a stored inbound retourbericht to the heenbericht of ours it answers. */
export function setHeenbericht(id: string, heenberichtId: string): SqlQuery {
  return { text: `UPDATE bericht SET heenbericht_id = $2 WHERE id = $1`, values: [id, heenberichtId] };
}

/** Claim one specific message (receive-and-process-now, tests). SKIP LOCKED: no row = someone else has it. */
export function claimBericht(id: string): SqlQuery {
  return {
    text: `SELECT ${BERICHT_KOLOMMEN}, ${RAW_TENZIJ_JW323}, ${RETOUR_IDENTIFICATIE}, ${ADRES_BEKEND} FROM bericht WHERE id = $1 AND status = 'received' FOR UPDATE SKIP LOCKED`,
    values: [id],
  };
}

/** Close an inbound message: processed or rejected, its codes and findings, and the link to our answer. */
export function markVerwerkt(
  id: string,
  status: 'processed' | 'rejected',
  retourcodes: string[],
  bevindingen: unknown,
  retourberichtId: string | null,
  parsed?: unknown,
): SqlQuery {
  return {
    text: `UPDATE bericht
           SET status = $2, retourcodes = $3, bevindingen = $4, retourbericht_id = $5,
               parsed = coalesce($6::jsonb, parsed), verwerkt_op = now(), gewijzigd_op = now()
           WHERE id = $1 AND status = 'received'
           RETURNING id::text`,
    values: [id, status, retourcodes, JSON.stringify(bevindingen), retourberichtId, parsed === undefined ? null : JSON.stringify(parsed)],
  };
}

/** An inbound retourbericht (JW302/JW320) answers our outbound heenbericht: record its codes there. */
export function markBevestigd(id: string, retourberichtId: string, retourcodes: string[]): SqlQuery {
  return {
    text: `UPDATE bericht
           SET status = 'acknowledged', retourbericht_id = $2, retourcodes = $3, bevestigd_op = now(), gewijzigd_op = now()
           WHERE id = $1 AND richting = 'uit'
           RETURNING id::text`,
    values: [id, retourberichtId, retourcodes],
  };
}

/** Our outbound message left through the transport (outbox row sent). Idempotent; never downgrades acknowledged. */
export function markVerzonden(id: string): SqlQuery {
  return {
    text: `UPDATE bericht
           SET status = CASE WHEN status = 'validated' THEN 'sent' ELSE status END,
               verzonden_op = coalesce(verzonden_op, now()), gewijzigd_op = now()
           WHERE id = $1 AND richting = 'uit'`,
    values: [id],
  };
}

/** The next identificatie for a message we send (12 characters max in iJw: LDT_IdentificatieBericht). */
export function nextIdentificatie(): SqlQuery {
  return { text: `SELECT lpad(nextval('bericht_identificatie_seq')::text, 12, '0') AS identificatie`, values: [] };
}

export interface Afsluiting {
  status: 'processed' | 'rejected';
  retourcodes: string[];
  bevindingen: unknown;
  parsed?: unknown;
  /** Our retourbericht (richting 'uit'), queued for its Ontvanger; null when there is none (no one to answer). */
  retour: NieuwBericht | null;
  koppelingen: { clientIds?: readonly string[]; toewijzingIds?: readonly string[]; declaratieIds?: readonly string[] };
}

/**
 * Close an inbound heenbericht in ONE statement (was four or five round trips): store our retourbericht
 * (ON CONFLICT DO NOTHING: bericht_retour_uniq allows one per heenbericht), queue it in the outbox, link the care
 * rows (bericht_koppeling, bericht_koppeling_uniq), and mark the heenbericht processed/rejected with the retour's id
 * (as markVerwerkt). Data-modifying CTEs: all see one snapshot, the FK retourbericht_id → bericht is checked at the
 * end of the statement. retour_id NULL while a retour was given = it already had one; klaar NULL = no longer
 * 'received'. Callers hold the claim's row lock.
 */
export function sluitHeenberichtAf(id: string, a: Afsluiting): SqlQuery {
  const values: unknown[] = [id, a.status, a.retourcodes, JSON.stringify(a.bevindingen), a.parsed === undefined ? null : JSON.stringify(a.parsed),
    [...new Set(a.koppelingen.clientIds ?? [])], [...new Set(a.koppelingen.toewijzingIds ?? [])], [...new Set(a.koppelingen.declaratieIds ?? [])]];
  let retourCte = '';
  let retourId = 'NULL::bigint';
  if (a.retour) {
    const r = insertBericht(a.retour);
    const n = values.length;
    values.push(...r.values, a.retour.ontvanger);
    retourCte = `r AS (${r.text.replace(/\$(\d+)/g, (_, i: string) => `$${Number(i) + n}`)}),
         o AS (INSERT INTO outbox (bericht_id, ontvanger) SELECT id::bigint, $${values.length} FROM r),`;
    retourId = '(SELECT id::bigint FROM r)';
  }
  return {
    text: `WITH ${retourCte}
         k AS (INSERT INTO bericht_koppeling (bericht_id, client_id, toewijzing_id, declaratie_id)
               SELECT $1::bigint, x, NULL::bigint, NULL::bigint FROM unnest($6::bigint[]) AS x
               UNION ALL SELECT $1::bigint, NULL::bigint, x, NULL::bigint FROM unnest($7::bigint[]) AS x
               UNION ALL SELECT $1::bigint, NULL::bigint, NULL::bigint, x FROM unnest($8::bigint[]) AS x
               ON CONFLICT DO NOTHING),
         u AS (UPDATE bericht
               SET status = $2, retourcodes = $3, bevindingen = $4, retourbericht_id = ${retourId},
                   parsed = coalesce($5::jsonb, parsed), verwerkt_op = now(), gewijzigd_op = now()
               WHERE id = $1 AND status = 'received'
               RETURNING id::text)
         SELECT ${a.retour ? '(SELECT id FROM r)' : 'NULL::text'} AS retour_id, (SELECT id FROM u) AS klaar`,
    values,
  };
}
