/**
 * §3 from the base tables: declared and approved spend (signed) per municipality × segment for ProductPeriodes in year
 * $2, from the prestaties of processed declarations.
 */
import type { SqlQuery } from '../../integration/store/SqlQuery.js';

export function geldBasis(gemeenten: string[], jaar: number, segmentId: string | null): SqlQuery {
  return {
    text: `
      SELECT p.gemeente_code || '|' || p.segment_id AS sleutel, sum(p.bedrag_getekend_cents)::float8 AS "ingediendCents",
             coalesce(sum(p.bedrag_getekend_cents) FILTER (WHERE p.toegekend), 0)::float8 AS "toegekendCents"
      FROM prestatie p JOIN declaratie d ON d.gemeente_code = p.gemeente_code AND d.id = p.declaratie_id
      WHERE p.gemeente_code = ANY($1::char(4)[]) AND p.periode_begin >= make_date($2, 1, 1) AND p.periode_begin < make_date($2 + 1, 1, 1)
        AND d.status <> 'niet_verwerkt' AND p.segment_id IS NOT NULL AND ($3::uuid IS NULL OR p.segment_id = $3::uuid)
      GROUP BY 1`,
    values: [gemeenten, jaar, segmentId],
  };
}
