/**
 * Read SQL for the declaration views (api/resolvers/DeclaratieResolver.ts), always within a list of
 * municipalities (the caller's scope).
 */
import type { SqlQuery } from '../store/SqlQuery.js';

export interface DeclaratieFilterSql {
  gemeenten: string[];
  aanbiederAgb?: string | null;
  status?: string | null;
}

export const DECLARATIE_KOLOMMEN = `d.id::text, d.gemeente_code, d.aanbieder_agb, d.declaratie_nummer, d.periode_begin::text, d.periode_eind::text,
  d.dagtekening::text, d.status, d.ingediend_cents::text, d.toegekend_cents::text, d.afgewezen_cents::text, d.aantal_prestaties,
  d.aantal_toegekend, d.aantal_afgewezen, d.retourcodes, d.redenen, d.bericht_id::text, d.ontvangen_op`;

/** Newest first, keyset on id (the PK (gemeente_code, id) / declaratie_aanbieder_idx (aanbieder_agb, id)). */
export function findDeclaratiesPage(f: DeclaratieFilterSql, naId: string | null, forward: boolean, limit: number): SqlQuery {
  return {
    text: `SELECT ${DECLARATIE_KOLOMMEN} FROM declaratie d
           WHERE d.gemeente_code = ANY($1::bpchar[])
             AND ($2::text IS NULL OR d.aanbieder_agb = $2)
             AND ($3::text IS NULL OR d.status = $3)
             AND ($4::bigint IS NULL OR ${forward ? 'd.id < $4' : 'd.id > $4'})
           ORDER BY d.id ${forward ? 'DESC' : 'ASC'} LIMIT $5`,
    values: [f.gemeenten, f.aanbiederAgb ?? null, f.status ?? null, naId, limit + 1],
  };
}

export function countDeclaraties(f: DeclaratieFilterSql): SqlQuery {
  return {
    text: `SELECT count(*)::int AS n FROM declaratie d
           WHERE d.gemeente_code = ANY($1::bpchar[]) AND ($2::text IS NULL OR d.aanbieder_agb = $2) AND ($3::text IS NULL OR d.status = $3)`,
    values: [f.gemeenten, f.aanbiederAgb ?? null, f.status ?? null],
  };
}

/**
 * Rejected prestaties grouped by return code, provider, product and month (of the ProductPeriode), with
 * their count and declared amount. Served by prestatie_afgewezen_idx (gemeente_code, periode_begin) WHERE NOT toegekend.
 */
export function afgewezenGegroepeerd(gemeenten: string[], van: string | null, tot: string | null, aanbiederAgb: string | null): SqlQuery {
  return {
    text: `SELECT rc AS retourcode, p.aanbieder_agb, p.product_categorie, p.product_code,
                  to_char(date_trunc('month', p.periode_begin), 'YYYY-MM') AS maand,
                  count(*)::int AS aantal, sum(p.bedrag_getekend_cents)::text AS bedrag_cents
           FROM prestatie p CROSS JOIN LATERAL unnest(p.retourcodes) AS rc
           WHERE p.gemeente_code = ANY($1::bpchar[]) AND NOT p.toegekend
             AND ($2::date IS NULL OR p.periode_begin >= $2) AND ($3::date IS NULL OR p.periode_begin <= $3)
             AND ($4::text IS NULL OR p.aanbieder_agb = $4)
           GROUP BY 1, 2, 3, 4, 5
           ORDER BY maand DESC, aantal DESC, retourcode, p.aanbieder_agb, p.product_code`,
    values: [gemeenten, van, tot, aanbiederAgb],
  };
}

/**
 * Budget use per municipality × segment for a year: the municipality's own budget, the region's shared one
 * for the segment when it has none of its own, and the booked amounts (budget_boeking, year of the
 * ProductPeriode). Served by budget_boeking_gebruik_idx and the budget keys.
 */
export function budgetGebruik(gemeenten: string[], jaar: number): SqlQuery {
  return {
    text: `WITH geboekt AS (
             SELECT gemeente_code, segment_id, sum(aantal_prestaties)::int AS prestaties, sum(ingediend_cents) AS ingediend,
                    sum(toegekend_cents) AS toegekend, sum(afgewezen_cents) AS afgewezen
             FROM budget_boeking WHERE gemeente_code = ANY($1::bpchar[]) AND jaar = $2
             GROUP BY gemeente_code, segment_id),
           sleutels AS (
             SELECT m.cbs_code AS gemeente_code, b.segment_id FROM budget b JOIN municipality m ON m.id = b.municipality_id
             WHERE m.cbs_code = ANY($1::bpchar[]) AND b.year = $2
             UNION SELECT gemeente_code, segment_id FROM geboekt)
           SELECT k.gemeente_code, k.segment_id::text, s.name AS segment_naam, s.number AS segment_nummer,
                  eigen.amount_cents::text AS budget_cents, regio.amount_cents::text AS regio_budget_cents,
                  coalesce(g.prestaties, 0) AS prestaties, coalesce(g.ingediend, 0)::text AS ingediend_cents,
                  coalesce(g.toegekend, 0)::text AS toegekend_cents, coalesce(g.afgewezen, 0)::text AS afgewezen_cents
           FROM sleutels k
           JOIN municipality m ON m.cbs_code = k.gemeente_code
           LEFT JOIN segment s ON s.id = k.segment_id
           LEFT JOIN geboekt g ON g.gemeente_code = k.gemeente_code AND g.segment_id IS NOT DISTINCT FROM k.segment_id
           LEFT JOIN budget eigen ON eigen.municipality_id = m.id AND eigen.segment_id = k.segment_id AND eigen.year = $2
           LEFT JOIN budget regio ON regio.region_id = m.region_id AND regio.municipality_id IS NULL AND regio.segment_id = k.segment_id AND regio.year = $2
           ORDER BY k.gemeente_code, s.number NULLS LAST`,
    values: [gemeenten, jaar],
  };
}
