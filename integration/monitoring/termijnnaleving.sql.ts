/**
 * SQL of the deadline-compliance projection (termijnnaleving.ts; tables in migrations 1795512000000-MonitoringTermijnen
 * and 1795514000000-MonitoringTermijnBericht). A deadline counts in the month it starts to run; it is late when the
 * deadline job flagged it (signalering, OP090 / OP090x4 / OP271 / OP272, looked up by signalering_bericht_uniq /
 * signalering_toewijzing_uniq). Each table's rows come from one SELECT: unrestricted it is the rebuild, restricted to the
 * keys in `k` the refresh (vervang.sql.ts). The item refreshes return the cells (municipality × month × provider) they
 * changed; mon_termijn re-counts those cells from both item tables (…_cel_idx).
 */
import type { SqlQuery } from '../store/SqlQuery.js';
import { OP090_TYPEN, OP090X4_TYPEN } from '../store/signalering.sql.js';
import { sleutelCte, vervang, vulAlles, type Doel } from './vervang.sql.js';

/** Our own heenberichten, answered by the provider's retourbericht within 3 working days (OP090, their side). */
export const OP090_UIT_TYPEN = ['JW301', 'JW319'] as const;
const IN_TYPEN = [...OP090_TYPEN, ...OP090X4_TYPEN];
const CEL = ['gemeente_code', 'maand', 'aanbieder_agb'] as const;

const TOEWIJZING_TERMIJN: Doel = {
  tabel: 'mon_termijn_toewijzing',
  kolommen: ['gemeente_code', 'toewijzing_id', 'regel', 'maand', 'aanbieder_agb', 'te_laat'],
  pk: ['gemeente_code', 'toewijzing_id', 'regel'],
  sleutel: ['gemeente_code', 'toewijzing_id'],
  sleutelTypen: ['char(4)', 'bigint'],
  terug: CEL,
};

/**
 * OP271: every current allocation, in the month of the later of its Ingangsdatum and its allocation date (from which
 * the job counts). OP272: a started allocation with an Einddatum, in the month of its Einddatum.
 */
function toewijzingTermijnSelect(beperk: boolean): string {
  return `SELECT t.gemeente_code, t.id AS toewijzing_id, r.regel, r.maand, t.aanbieder_agb,
                 EXISTS (SELECT 1 FROM signalering s WHERE s.regel = r.regel AND s.toewijzing_id = t.id AND s.gemeente_code = t.gemeente_code) AS te_laat
          FROM toewijzing t ${beperk ? 'JOIN k ON t.gemeente_code = k.gemeente_code AND t.id = k.toewijzing_id' : ''}
          CROSS JOIN LATERAL (
            SELECT 'OP271' AS regel, date_trunc('month', greatest(t.ingangsdatum, t.toewijzingsdatum))::date AS maand
            UNION ALL
            SELECT 'OP272', date_trunc('month', t.einddatum)::date
            WHERE t.einddatum IS NOT NULL
              AND EXISTS (SELECT 1 FROM start_product s WHERE s.gemeente_code = t.gemeente_code AND s.client_id = t.client_id
                            AND s.toewijzing_id = t.id AND s.status = 'actueel')) r
          WHERE t.status = 'actueel'`;
}

const BERICHT_TERMIJN: Doel = {
  tabel: 'mon_termijn_bericht',
  kolommen: ['gemeente_code', 'bericht_id', 'regel', 'maand', 'aanbieder_agb', 'partij', 'te_laat'],
  pk: ['gemeente_code', 'bericht_id'],
  sleutel: ['gemeente_code', 'bericht_id'],
  sleutelTypen: ['char(4)', 'bigint'],
  terug: CEL,
};

/**
 * The message deadlines: an inbound heenbericht is ours to answer (OP090; OP090x4 for a JW323), our JW301/JW319 the
 * provider's; in the month the message was received / stored. Parameters: the inbound and the outbound type lists.
 */
function berichtTermijnSelect(beperk: boolean, p: { in: number; uit: number }): string {
  return `SELECT h.gemeente_code, h.id AS bericht_id, r.regel, date_trunc('month', h.ontvangen_op)::date AS maand,
                 coalesce(CASE WHEN h.richting = 'in' THEN h.afzender ELSE h.ontvanger END, '') AS aanbieder_agb,
                 CASE WHEN h.richting = 'in' THEN 'gemeente' ELSE 'aanbieder' END AS partij,
                 EXISTS (SELECT 1 FROM signalering s WHERE s.regel = r.regel AND s.bericht_id = h.id) AS te_laat
          FROM bericht h ${beperk ? 'JOIN k ON h.id = k.bericht_id AND h.gemeente_code = k.gemeente_code' : ''}
          CROSS JOIN LATERAL (SELECT CASE WHEN h.type = 'JW323' THEN 'OP090x4' ELSE 'OP090' END AS regel) r
          WHERE h.gemeente_code IS NOT NULL
            AND ((h.richting = 'in' AND h.type = ANY($${p.in}::text[]))
                 OR (h.richting = 'uit' AND h.heenbericht_id IS NULL AND h.type = ANY($${p.uit}::text[])))`;
}

const TERMIJN: Doel = {
  tabel: 'mon_termijn',
  kolommen: ['gemeente_code', 'maand', 'regel', 'aanbieder_agb', 'partij', 'aantal', 'te_laat'],
  pk: ['gemeente_code', 'maand', 'regel', 'aanbieder_agb', 'partij'],
  sleutel: CEL,
  sleutelTypen: ['char(4)', 'date', 'text'],
  terug: [],
};

/** Per cell and rule × party: deadlines and the flagged ones, from both item tables. */
function termijnSelect(beperk: boolean): string {
  const b = beperk ? 'JOIN k ON b.gemeente_code = k.gemeente_code AND b.maand = k.maand AND b.aanbieder_agb = k.aanbieder_agb' : '';
  const t = beperk ? 'JOIN k ON t.gemeente_code = k.gemeente_code AND t.maand = k.maand AND t.aanbieder_agb = k.aanbieder_agb::char(8)' : '';
  return `SELECT x.gemeente_code, x.maand, x.regel, x.aanbieder_agb, x.partij, count(*)::int AS aantal, (count(*) FILTER (WHERE x.te_laat))::int AS te_laat
          FROM (SELECT b.gemeente_code, b.maand, b.regel, b.aanbieder_agb, b.partij, b.te_laat FROM mon_termijn_bericht b ${b}
                UNION ALL
                SELECT t.gemeente_code, t.maand, t.regel, t.aanbieder_agb::text, 'aanbieder', t.te_laat FROM mon_termijn_toewijzing t ${t}) x
          GROUP BY x.gemeente_code, x.maand, x.regel, x.aanbieder_agb, x.partij`;
}

/** Refresh the deadlines of the given allocations ($1, $2) and of those the given signaleringen ($3) flagged. */
export function vervangToewijzingTermijnen(toewijzingen: string[][], signaleringen: string[]): SqlQuery {
  const k = `${sleutelCte(TOEWIJZING_TERMIJN)}
             UNION
             SELECT s.gemeente_code, s.toewijzing_id FROM signalering s
             WHERE s.id = ANY($3::bigint[]) AND s.toewijzing_id IS NOT NULL AND s.gemeente_code IS NOT NULL`;
  return vervang(TOEWIJZING_TERMIJN, toewijzingTermijnSelect(true), [...toewijzingen, signaleringen], k);
}

/** Refresh the deadlines of the given messages ($1) and of those the given signaleringen ($2) flagged. */
export function vervangBerichtTermijnen(berichten: string[], signaleringen: string[]): SqlQuery {
  const k = `SELECT h.gemeente_code, h.id AS bericht_id FROM bericht h WHERE h.id = ANY($1::bigint[]) AND h.gemeente_code IS NOT NULL
             UNION
             SELECT h.gemeente_code, h.id FROM signalering s JOIN bericht h ON h.id = s.bericht_id
             WHERE s.id = ANY($2::bigint[]) AND h.gemeente_code IS NOT NULL`;
  return vervang(BERICHT_TERMIJN, berichtTermijnSelect(true, { in: 3, uit: 4 }), [berichten, signaleringen, IN_TYPEN, [...OP090_UIT_TYPEN]], k);
}

/** Re-count the given cells (municipality × month × provider). */
export function vervangTermijnen(cellen: string[][]): SqlQuery {
  return vervang(TERMIJN, termijnSelect(true), cellen);
}

export const LEEG_TERMIJNEN = `TRUNCATE mon_termijn_toewijzing, mon_termijn_bericht, mon_termijn`;
export const HERBOUW_TERMIJNEN: readonly SqlQuery[] = [
  vulAlles(TOEWIJZING_TERMIJN, toewijzingTermijnSelect(false)),
  vulAlles(BERICHT_TERMIJN, berichtTermijnSelect(false, { in: 1, uit: 2 }), [IN_TYPEN, [...OP090_UIT_TYPEN]]),
  vulAlles(TERMIJN, termijnSelect(false)),
];
