/**
 * §4 from the base tables: per segment, the trajectories decided in months [$2, $3] and the median wait from the first
 * decision to the first current start (JW305), not below 0 (integration/monitoring/doorlooptijden.sql.ts).
 */
import type { SqlQuery } from '../../integration/store/SqlQuery.js';

export function doorlooptijdenBasis(gemeenten: string[], van: string, tot: string, segmentId: string | null): SqlQuery {
  return {
    text: `
      SELECT k.segment_id::text AS sleutel, count(*)::int AS trajecten,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY CASE WHEN s.eerste_start IS NOT NULL  -- not started: no wait yet (greatest() skips nulls)
               THEN greatest(s.eerste_start - coalesce(t.toegewezen_op, t.toewijzingsdatum), 0) END)::float8 AS "wachttijdMediaan"
      FROM toewijzing t JOIN contract k ON k.id = t.contract_id
      LEFT JOIN LATERAL (SELECT min(sp.begindatum) AS eerste_start FROM start_product sp
                         WHERE sp.gemeente_code = t.gemeente_code AND sp.client_id = t.client_id AND sp.toewijzing_id = t.id
                           AND sp.status = 'actueel') s ON true
      WHERE t.status = 'actueel' AND t.gemeente_code = ANY($1::char(4)[]) AND ($4::uuid IS NULL OR k.segment_id = $4::uuid)
        AND coalesce(t.toegewezen_op, t.toewijzingsdatum) >= $2::date AND coalesce(t.toegewezen_op, t.toewijzingsdatum) < ($3::date + interval '1 month')
      GROUP BY k.segment_id`,
    values: [gemeenten, van, tot, segmentId],
  };
}
