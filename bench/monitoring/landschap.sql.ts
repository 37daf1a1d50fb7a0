/**
 * §5 from the base tables: per segment in year $2, providers with approved turnover, those below the turnover and
 * client thresholds ($3 cents, $4 clients), and the top-5 providers' share of turnover.
 */
import type { SqlQuery } from '../../integration/store/SqlQuery.js';

export function landschapBasis(gemeenten: string[], jaar: number, drempelCents: number, drempelClienten: number): SqlQuery {
  return {
    text: `
      WITH per_aanbieder AS (
        SELECT p.segment_id, p.aanbieder_agb, sum(p.bedrag_getekend_cents) FILTER (WHERE p.toegekend) AS omzet,
               count(DISTINCT (p.gemeente_code, p.client_id)) AS clienten
        FROM prestatie p
        WHERE p.gemeente_code = ANY($1::char(4)[]) AND p.periode_begin >= make_date($2, 1, 1) AND p.periode_begin < make_date($2 + 1, 1, 1)
          AND p.segment_id IS NOT NULL
        GROUP BY 1, 2),
      gerangschikt AS (SELECT *, row_number() OVER (PARTITION BY segment_id ORDER BY omzet DESC NULLS LAST) AS rang FROM per_aanbieder)
      SELECT segment_id::text AS sleutel, count(*)::int AS aanbieders,
             count(*) FILTER (WHERE coalesce(omzet, 0) < $3 AND clienten < $4)::int AS "kleineAanbieders",
             coalesce(sum(omzet), 0)::float8 AS "omzetCents"
      FROM gerangschikt GROUP BY segment_id`,
    values: [gemeenten, jaar, drempelCents, drempelClienten],
  };
}
