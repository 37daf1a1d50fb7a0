/**
 * The declaration ledgers for a bulk-loaded range of declarations: the same aggregations as
 * integration/declaraties/boeking.sql.ts (insertBudgetBoekingen, insertContractBoekingen, upsertVerbruik) and
 * declaratie.sql.ts (sluitDeclaratie), set-based over declaratie ids [$1, $2] of the municipalities $3 instead of one declaration at a time (the municipality
 * condition lets prestatie_declaratie_idx (gemeente_code, declaratie_id, volgnummer) serve the range).
 * The grouping keys and sums are those statements' (closing a declaration uses sluitDeclaratie's own clauses,
 * PRESTATIE_SOMMEN and SLUIT_UIT_SOMMEN), so a bulk declaration books exactly what the pipeline would have booked for it.
 */
import { PRESTATIE_SOMMEN, SLUIT_UIT_SOMMEN } from '../declaraties/declaratie.sql.js';
import type { SqlQuery } from '../store/SqlQuery.js';

export function boekBudget(van: string, tot: string, gemeenten: string[]): SqlQuery {
  return {
    text: `INSERT INTO budget_boeking (gemeente_code, declaratie_id, segment_id, jaar, aantal_prestaties, ingediend_cents, toegekend_cents, afgewezen_cents, geboekt_op)
           SELECT p.gemeente_code, p.declaratie_id, p.segment_id, extract(year FROM p.periode_begin)::int, count(*),
                  sum(p.bedrag_getekend_cents), coalesce(sum(p.bedrag_getekend_cents) FILTER (WHERE p.toegekend), 0),
                  coalesce(sum(p.bedrag_getekend_cents) FILTER (WHERE NOT p.toegekend), 0), min(d.ontvangen_op)
           FROM prestatie p JOIN declaratie d ON d.gemeente_code = p.gemeente_code AND d.id = p.declaratie_id
           WHERE p.gemeente_code = ANY($3::char(4)[]) AND p.declaratie_id BETWEEN $1 AND $2
           GROUP BY p.gemeente_code, p.declaratie_id, p.segment_id, extract(year FROM p.periode_begin)`,
    values: [van, tot, gemeenten],
  };
}

export function boekContract(van: string, tot: string, gemeenten: string[]): SqlQuery {
  return {
    text: `INSERT INTO contract_boeking (gemeente_code, declaratie_id, contract_id, jaar, eenheid, ingediend_volume, toegekend_volume, ingediend_cents, toegekend_cents, geboekt_op)
           SELECT p.gemeente_code, p.declaratie_id, p.contract_id, extract(year FROM p.periode_begin)::int, p.eenheid,
                  sum(CASE WHEN p.debet_credit = 'C' THEN -p.geleverd_volume ELSE p.geleverd_volume END),
                  coalesce(sum(CASE WHEN p.debet_credit = 'C' THEN -p.geleverd_volume ELSE p.geleverd_volume END) FILTER (WHERE p.toegekend), 0),
                  sum(p.bedrag_getekend_cents), coalesce(sum(p.bedrag_getekend_cents) FILTER (WHERE p.toegekend), 0), min(d.ontvangen_op)
           FROM prestatie p JOIN declaratie d ON d.gemeente_code = p.gemeente_code AND d.id = p.declaratie_id
           WHERE p.gemeente_code = ANY($3::char(4)[]) AND p.declaratie_id BETWEEN $1 AND $2 AND p.contract_id IS NOT NULL
           GROUP BY p.gemeente_code, p.declaratie_id, p.contract_id, extract(year FROM p.periode_begin), p.eenheid`,
    values: [van, tot, gemeenten],
  };
}

/** Running use per allocation (approved prestaties only), added to what is there. */
export function boekVerbruik(van: string, tot: string, gemeenten: string[]): SqlQuery {
  return {
    text: `INSERT INTO toewijzing_verbruik AS v (gemeente_code, toewijzing_id, volume, toegekend_cents, aantal_prestaties, bijgewerkt_op)
           SELECT p.gemeente_code, p.toewijzing_id, sum(coalesce(p.volume_toewijzing, 0)), sum(p.bedrag_getekend_cents), count(*), max(d.ontvangen_op)
           FROM prestatie p JOIN declaratie d ON d.gemeente_code = p.gemeente_code AND d.id = p.declaratie_id
           WHERE p.gemeente_code = ANY($3::char(4)[]) AND p.declaratie_id BETWEEN $1 AND $2 AND p.toegekend AND p.toewijzing_id IS NOT NULL
           GROUP BY p.gemeente_code, p.toewijzing_id
           ON CONFLICT (gemeente_code, toewijzing_id) DO UPDATE
             SET volume = v.volume + EXCLUDED.volume, toegekend_cents = v.toegekend_cents + EXCLUDED.toegekend_cents,
                 aantal_prestaties = v.aantal_prestaties + EXCLUDED.aantal_prestaties, bijgewerkt_op = EXCLUDED.bijgewerkt_op`,
    values: [van, tot, gemeenten],
  };
}

/** Totals, counts, status and DeclaratieAntwoord code from the booked prestaties (sluitDeclaratie's own clauses). */
export function sluitDeclaraties(van: string, tot: string, gemeenten: string[]): SqlQuery {
  return {
    text: `UPDATE declaratie d
           SET ${SLUIT_UIT_SOMMEN}, verwerkt_op = d.ontvangen_op
           FROM (SELECT gemeente_code, declaratie_id, ${PRESTATIE_SOMMEN}
                 FROM prestatie WHERE gemeente_code = ANY($3::char(4)[]) AND declaratie_id BETWEEN $1 AND $2 GROUP BY gemeente_code, declaratie_id) s
           WHERE d.gemeente_code = s.gemeente_code AND d.id = s.declaratie_id`,
    values: [van, tot, gemeenten],
  };
}
