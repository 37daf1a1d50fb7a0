/**
 * SQL of the deadline-compliance projection (termijnnaleving.ts; tables in migration 1795512000000-MonitoringTermijnen).
 * A deadline counts in the month it starts to run; it is late when the deadline job flagged it (signalering, OP090 /
 * OP090x4 / OP271 / OP272, looked up by signalering_bericht_uniq / signalering_toewijzing_uniq). Each table's rows come
 * from one SELECT: unrestricted it is the rebuild, restricted to the keys in `k` the refresh (vervang.sql.ts).
 */
import type { SqlQuery } from '../store/SqlQuery.js';
import { OP090_TYPEN, OP090X4_TYPEN } from '../store/signalering.sql.js';
import { sleutelCte, vervang, vulAlles, type Doel } from './vervang.sql.js';

/** Our own heenberichten, answered by the provider's retourbericht within 3 working days (OP090, their side). */
export const OP090_UIT_TYPEN = ['JW301', 'JW319'] as const;
const IN_TYPEN = [...OP090_TYPEN, ...OP090X4_TYPEN];
const ALLE_TYPEN = [...new Set([...IN_TYPEN, ...OP090_UIT_TYPEN])];

const TOEWIJZING_TERMIJN: Doel = {
  tabel: 'mon_termijn_toewijzing',
  kolommen: ['gemeente_code', 'toewijzing_id', 'regel', 'maand', 'aanbieder_agb', 'te_laat'],
  pk: ['gemeente_code', 'toewijzing_id', 'regel'],
  sleutel: ['gemeente_code', 'toewijzing_id'],
  sleutelTypen: ['char(4)', 'bigint'],
  terug: ['gemeente_code', 'maand'],
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

const TERMIJN: Doel = {
  tabel: 'mon_termijn',
  kolommen: ['gemeente_code', 'maand', 'regel', 'aanbieder_agb', 'partij', 'aantal', 'te_laat'],
  pk: ['gemeente_code', 'maand', 'regel', 'aanbieder_agb', 'partij'],
  sleutel: ['gemeente_code', 'maand'],
  sleutelTypen: ['char(4)', 'date'],
  terug: [],
};

/**
 * Per municipality × month: the message deadlines counted from bericht (inbound heenberichten: ours to answer, OP090 /
 * OP090x4 for a JW323; our JW301/JW319: the provider's to answer) through bericht_log_idx (gemeente_code, type,
 * ontvangen_op), plus the allocation deadlines of mon_termijn_toewijzing (mon_termijn_toewijzing_maand_idx).
 * Parameters: the inbound and outbound type lists, and (restricted) all types for the index condition.
 */
function termijnSelect(p: { in: number; uit: number; alle?: number }): string {
  const b = p.alle
    ? `JOIN k ON h.gemeente_code = k.gemeente_code AND h.type = ANY($${p.alle}::text[])
         AND h.ontvangen_op >= k.maand AND h.ontvangen_op < k.maand + interval '1 month'`
    : '';
  const t = p.alle ? `JOIN k ON t.gemeente_code = k.gemeente_code AND t.maand = k.maand` : '';
  return `SELECT x.gemeente_code, x.maand, x.regel, x.aanbieder AS aanbieder_agb, x.partij, count(*)::int AS aantal,
                 (count(*) FILTER (WHERE x.te_laat))::int AS te_laat
          FROM (SELECT h.gemeente_code, date_trunc('month', h.ontvangen_op)::date AS maand, r.regel,
                       coalesce(CASE WHEN h.richting = 'in' THEN h.afzender ELSE h.ontvanger END, '') AS aanbieder,
                       CASE WHEN h.richting = 'in' THEN 'gemeente' ELSE 'aanbieder' END AS partij,
                       EXISTS (SELECT 1 FROM signalering s WHERE s.regel = r.regel AND s.bericht_id = h.id) AS te_laat
                FROM bericht h ${b}
                CROSS JOIN LATERAL (SELECT CASE WHEN h.type = 'JW323' THEN 'OP090x4' ELSE 'OP090' END AS regel) r
                WHERE h.gemeente_code IS NOT NULL
                  AND ((h.richting = 'in' AND h.type = ANY($${p.in}::text[]))
                       OR (h.richting = 'uit' AND h.heenbericht_id IS NULL AND h.type = ANY($${p.uit}::text[])))
                UNION ALL
                SELECT t.gemeente_code, t.maand, t.regel, t.aanbieder_agb::text, 'aanbieder', t.te_laat
                FROM mon_termijn_toewijzing t ${t}) x
          GROUP BY x.gemeente_code, x.maand, x.regel, x.aanbieder, x.partij`;
}

/** Refresh the deadlines of the given allocations ($1, $2) and of those the given signaleringen ($3) flagged. */
export function vervangToewijzingTermijnen(toewijzingen: string[][], signaleringen: string[]): SqlQuery {
  const k = `${sleutelCte(TOEWIJZING_TERMIJN)}
             UNION
             SELECT s.gemeente_code, s.toewijzing_id FROM signalering s
             WHERE s.id = ANY($3::bigint[]) AND s.toewijzing_id IS NOT NULL AND s.gemeente_code IS NOT NULL`;
  return vervang(TOEWIJZING_TERMIJN, toewijzingTermijnSelect(true), [...toewijzingen, signaleringen], k);
}

/**
 * Re-count the given municipality × months ($1, $2), the current month of the given municipalities ($3: a message stored
 * in this transaction counts there) and the months of the messages the given signaleringen flagged ($4).
 */
export function vervangTermijnMaanden(maanden: string[][], gemeenten: string[], signaleringen: string[]): SqlQuery {
  const k = `${sleutelCte(TERMIJN)}
             UNION
             SELECT g, date_trunc('month', now())::date FROM unnest($3::char(4)[]) AS g
             UNION
             SELECT h.gemeente_code, date_trunc('month', h.ontvangen_op)::date
             FROM signalering s JOIN bericht h ON h.id = s.bericht_id
             WHERE s.id = ANY($4::bigint[]) AND h.gemeente_code IS NOT NULL`;
  return vervang(TERMIJN, termijnSelect({ in: 5, uit: 6, alle: 7 }), [...maanden, gemeenten, signaleringen, IN_TYPEN, [...OP090_UIT_TYPEN], ALLE_TYPEN], k);
}

export const LEEG_TERMIJNEN = `TRUNCATE mon_termijn_toewijzing, mon_termijn`;
export const HERBOUW_TERMIJNEN: readonly SqlQuery[] = [
  vulAlles(TOEWIJZING_TERMIJN, toewijzingTermijnSelect(false)),
  vulAlles(TERMIJN, termijnSelect({ in: 1, uit: 2 }), [IN_TYPEN, [...OP090_UIT_TYPEN]]),
];
