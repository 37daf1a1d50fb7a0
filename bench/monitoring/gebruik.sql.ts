/** §2 from the base tables: per month [$2, $3], unique youths, active allocations and providers (actief.sql.ts). */
import type { SqlQuery } from '../../integration/store/SqlQuery.js';
import { actieveToewijzingen } from './actief.sql.js';

export function gebruikBasis(gemeenten: string[], van: string, tot: string, segmentId: string | null): SqlQuery {
  return {
    text: `
      WITH ${actieveToewijzingen()}
      SELECT to_char(m, 'YYYY-MM') AS sleutel, count(DISTINCT a.pseudoniem)::int AS "uniekeJeugdigen",
             count(DISTINCT (a.gemeente_code, a.id))::int AS "actieveToewijzingen", count(DISTINCT a.aanbieder_agb)::int AS aanbieders
      FROM actief a, generate_series(greatest(date_trunc('month', a.ingangsdatum), $2::date), least(date_trunc('month', a.tot), $3::date),
                                     interval '1 month') AS m
      GROUP BY 1`,
    values: [gemeenten, van, tot, segmentId],
  };
}
