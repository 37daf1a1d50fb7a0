/**
 * §7 from the base tables: per municipality of the region, youths in care per year over the three years up to $2 (the
 * rolling average the settlement divides by) and its approved cost in the region's solidair segments in year $2.
 * Timed only: the settlement itself is integration/monitoring/verrekening.ts.
 */
import type { SqlQuery } from '../../integration/store/SqlQuery.js';
import { actieveToewijzingen } from './actief.sql.js';

export function solidariteitBasis(gemeenten: string[], jaar: number): SqlQuery {
  return {
    text: `
      WITH ${actieveToewijzingen('$1', 'NULL')},
      jeugdigen AS (
        SELECT a.gemeente_code, j AS jaar, count(DISTINCT a.pseudoniem) AS n
        FROM actief a, generate_series(extract(year FROM a.ingangsdatum)::int, extract(year FROM a.tot)::int) AS j
        WHERE j BETWEEN $2 - 2 AND $2 GROUP BY 1, 2),
      kosten AS (
        SELECT p.gemeente_code, sum(p.bedrag_getekend_cents) FILTER (WHERE p.toegekend) AS cents
        FROM prestatie p JOIN segment s ON s.id = p.segment_id
        WHERE p.gemeente_code = ANY($1::char(4)[]) AND s.solidair AND p.periode_begin >= make_date($2, 1, 1) AND p.periode_begin < make_date($2 + 1, 1, 1)
        GROUP BY 1)
      SELECT j.gemeente_code AS sleutel, avg(j.n)::float8 AS "jeugdigenGemiddeld", coalesce(max(k.cents), 0)::float8 AS "eigenKostenCents"
      FROM jeugdigen j LEFT JOIN kosten k ON k.gemeente_code = j.gemeente_code GROUP BY 1`,
    values: [gemeenten, jaar],
  };
}
