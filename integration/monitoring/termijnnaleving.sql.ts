/**
 * SQL of the deadline-compliance projection (termijnnaleving.ts; tables in migration 1795512000000-MonitoringTermijnen).
 * A deadline counts in the month it starts to run; it is late when the deadline job flagged it (signalering, OP090 /
 * OP090x4 / OP271 / OP272, looked up by signalering_bericht_uniq / signalering_toewijzing_uniq). Fill statements are
 * the rebuild's; given keys they are restricted by a join on `unnest(...)`.
 */
import type { SqlQuery } from '../store/SqlQuery.js';
import { OP090_TYPEN, OP090X4_TYPEN } from '../store/signalering.sql.js';

/** Our own heenberichten, answered by the provider's retourbericht within 3 working days (OP090, their side). */
export const OP090_UIT_TYPEN = ['JW301', 'JW319'] as const;
const IN_TYPEN = [...OP090_TYPEN, ...OP090X4_TYPEN];
const ALLE_TYPEN = [...new Set([...IN_TYPEN, ...OP090_UIT_TYPEN])];

/** The municipality × month keys of the given signaleringen's messages. */
export function maandenVanSignaleringen(ids: string[]): SqlQuery {
  return {
    text: `SELECT h.gemeente_code, date_trunc('month', h.ontvangen_op)::date::text AS maand
           FROM signalering s JOIN bericht h ON h.id = s.bericht_id
           WHERE s.id = ANY($1::bigint[]) AND h.gemeente_code IS NOT NULL`,
    values: [ids],
  };
}

/** The allocations the given signaleringen flagged (OP271 / OP272). */
export function toewijzingenVanSignaleringen(ids: string[]): SqlQuery {
  return {
    text: `SELECT s.gemeente_code, s.toewijzing_id::text AS toewijzing_id FROM signalering s
           WHERE s.id = ANY($1::bigint[]) AND s.toewijzing_id IS NOT NULL AND s.gemeente_code IS NOT NULL`,
    values: [ids],
  };
}

/** The current month of the given municipalities (a message stored in this transaction counts there). */
export function dezeMaand(gemeenten: string[]): SqlQuery {
  return { text: `SELECT g AS gemeente_code, date_trunc('month', now())::date::text AS maand FROM unnest($1::char(4)[]) AS g`, values: [gemeenten] };
}

export function verwijderToewijzingTermijnen(sleutels: string[][]): SqlQuery {
  return {
    text: `DELETE FROM mon_termijn_toewijzing m USING unnest($1::char(4)[], $2::bigint[]) AS k(gemeente_code, id)
           WHERE m.gemeente_code = k.gemeente_code AND m.toewijzing_id = k.id
           RETURNING m.gemeente_code, m.maand::text AS maand`,
    values: sleutels,
  };
}

/**
 * OP271: every current allocation, in the month of the later of its Ingangsdatum and its allocation date (from which
 * the job counts). OP272: a started allocation with an Einddatum, in the month of its Einddatum.
 */
export function vulToewijzingTermijnen(sleutels: string[][] | null): SqlQuery {
  const beperk = sleutels ? `JOIN unnest($1::char(4)[], $2::bigint[]) AS k(gemeente_code, id) ON t.gemeente_code = k.gemeente_code AND t.id = k.id` : '';
  return {
    text: `INSERT INTO mon_termijn_toewijzing (gemeente_code, toewijzing_id, regel, maand, aanbieder_agb, te_laat)
           SELECT t.gemeente_code, t.id, r.regel, r.maand, t.aanbieder_agb,
                  EXISTS (SELECT 1 FROM signalering s WHERE s.regel = r.regel AND s.toewijzing_id = t.id AND s.gemeente_code = t.gemeente_code)
           FROM toewijzing t ${beperk}
           CROSS JOIN LATERAL (
             SELECT 'OP271' AS regel, date_trunc('month', greatest(t.ingangsdatum, t.toewijzingsdatum))::date AS maand
             UNION ALL
             SELECT 'OP272', date_trunc('month', t.einddatum)::date
             WHERE t.einddatum IS NOT NULL
               AND EXISTS (SELECT 1 FROM start_product s WHERE s.gemeente_code = t.gemeente_code AND s.client_id = t.client_id
                             AND s.toewijzing_id = t.id AND s.status = 'actueel')) r
           WHERE t.status = 'actueel'
           RETURNING gemeente_code, maand::text AS maand`,
    values: sleutels ?? [],
  };
}

export function verwijderTermijnMaanden(sleutels: string[][]): SqlQuery {
  return {
    text: `DELETE FROM mon_termijn m USING unnest($1::char(4)[], $2::date[]) AS k(gemeente_code, maand)
           WHERE m.gemeente_code = k.gemeente_code AND m.maand = k.maand`,
    values: sleutels,
  };
}

/**
 * Per municipality × month: the message deadlines counted from bericht (inbound heenberichten: ours to answer, OP090 /
 * OP090x4 for a JW323; our JW301/JW319: the provider's to answer) through bericht_log_idx (gemeente_code, type,
 * ontvangen_op), plus the allocation deadlines of mon_termijn_toewijzing (mon_termijn_toewijzing_maand_idx).
 */
export function vulTermijnMaanden(sleutels: string[][] | null): SqlQuery {
  const b = sleutels
    ? `JOIN unnest($4::char(4)[], $5::date[]) AS k(gemeente_code, maand) ON h.gemeente_code = k.gemeente_code AND h.type = ANY($3::text[])
         AND h.ontvangen_op >= k.maand AND h.ontvangen_op < k.maand + interval '1 month'`
    : '';
  const t = sleutels ? `JOIN unnest($4::char(4)[], $5::date[]) AS k(gemeente_code, maand) ON t.gemeente_code = k.gemeente_code AND t.maand = k.maand` : '';
  return {
    text: `INSERT INTO mon_termijn (gemeente_code, maand, regel, aanbieder_agb, partij, aantal, te_laat)
           SELECT x.gemeente_code, x.maand, x.regel, x.aanbieder, x.partij, count(*), count(*) FILTER (WHERE x.te_laat)
           FROM (SELECT h.gemeente_code, date_trunc('month', h.ontvangen_op)::date AS maand, r.regel,
                        coalesce(CASE WHEN h.richting = 'in' THEN h.afzender ELSE h.ontvanger END, '') AS aanbieder,
                        CASE WHEN h.richting = 'in' THEN 'gemeente' ELSE 'aanbieder' END AS partij,
                        EXISTS (SELECT 1 FROM signalering s WHERE s.regel = r.regel AND s.bericht_id = h.id) AS te_laat
                 FROM bericht h ${b}
                 CROSS JOIN LATERAL (SELECT CASE WHEN h.type = 'JW323' THEN 'OP090x4' ELSE 'OP090' END AS regel) r
                 WHERE h.gemeente_code IS NOT NULL
                   AND ((h.richting = 'in' AND h.type = ANY($1::text[])) OR (h.richting = 'uit' AND h.heenbericht_id IS NULL AND h.type = ANY($2::text[])))
                 UNION ALL
                 SELECT t.gemeente_code, t.maand, t.regel, t.aanbieder_agb::text, 'aanbieder', t.te_laat
                 FROM mon_termijn_toewijzing t ${t}) x
           GROUP BY x.gemeente_code, x.maand, x.regel, x.aanbieder, x.partij`,
    values: [IN_TYPEN, [...OP090_UIT_TYPEN], ...(sleutels ? [ALLE_TYPEN, ...sleutels] : [])],
  };
}

export const LEEG_TERMIJNEN = `TRUNCATE mon_termijn_toewijzing, mon_termijn`;
