/**
 * SQL on the booking tables (migration 1795420000000-Declaraties): budget_boeking, contract_boeking,
 * toewijzing_verbruik. The ledgers are written set-based from the declaration's stored prestaties.
 */
import type { SqlQuery } from '../store/SqlQuery.js';

/** Running use per allocation: add this chunk's approved deltas. */
export function upsertVerbruik(gemeente: string, toewijzingIds: string[], volumes: number[], cents: number[], aantallen: number[]): SqlQuery {
  return {
    text: `INSERT INTO toewijzing_verbruik AS v (gemeente_code, toewijzing_id, volume, toegekend_cents, aantal_prestaties)
           SELECT $1, u.id, u.volume, u.cents, u.n FROM unnest($2::bigint[], $3::numeric[], $4::bigint[], $5::int[]) AS u(id, volume, cents, n)
           ON CONFLICT (gemeente_code, toewijzing_id) DO UPDATE
             SET volume = v.volume + EXCLUDED.volume, toegekend_cents = v.toegekend_cents + EXCLUDED.toegekend_cents,
                 aantal_prestaties = v.aantal_prestaties + EXCLUDED.aantal_prestaties, bijgewerkt_op = now()`,
    values: [gemeente, toewijzingIds, volumes, cents, aantallen],
  };
}

/** Budget ledger: declared / approved / rejected per segment × year of the ProductPeriode. */
export function insertBudgetBoekingen(gemeente: string, declaratieId: string): SqlQuery {
  return {
    text: `INSERT INTO budget_boeking (gemeente_code, declaratie_id, segment_id, jaar, aantal_prestaties, ingediend_cents, toegekend_cents, afgewezen_cents)
           SELECT gemeente_code, declaratie_id, segment_id, extract(year FROM periode_begin)::int, count(*),
                  sum(bedrag_getekend_cents), coalesce(sum(bedrag_getekend_cents) FILTER (WHERE toegekend), 0),
                  coalesce(sum(bedrag_getekend_cents) FILTER (WHERE NOT toegekend), 0)
           FROM prestatie WHERE gemeente_code = $1 AND declaratie_id = $2
           GROUP BY gemeente_code, declaratie_id, segment_id, extract(year FROM periode_begin)`,
    values: [gemeente, declaratieId],
  };
}

/** Contract ledger: declared and approved volume and amount per contract × year × unit (lumpsum: for information). */
export function insertContractBoekingen(gemeente: string, declaratieId: string): SqlQuery {
  return {
    text: `INSERT INTO contract_boeking (gemeente_code, declaratie_id, contract_id, jaar, eenheid, ingediend_volume, toegekend_volume, ingediend_cents, toegekend_cents)
           SELECT gemeente_code, declaratie_id, contract_id, extract(year FROM periode_begin)::int, eenheid,
                  sum(CASE WHEN debet_credit = 'C' THEN -geleverd_volume ELSE geleverd_volume END),
                  coalesce(sum(CASE WHEN debet_credit = 'C' THEN -geleverd_volume ELSE geleverd_volume END) FILTER (WHERE toegekend), 0),
                  sum(bedrag_getekend_cents), coalesce(sum(bedrag_getekend_cents) FILTER (WHERE toegekend), 0)
           FROM prestatie WHERE gemeente_code = $1 AND declaratie_id = $2 AND contract_id IS NOT NULL
           GROUP BY gemeente_code, declaratie_id, contract_id, extract(year FROM periode_begin), eenheid`,
    values: [gemeente, declaratieId],
  };
}
