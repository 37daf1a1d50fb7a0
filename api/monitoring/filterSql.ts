/**
 * The WHERE clause of a monitoring query from its scope: municipality list first (every projection table's indexes
 * lead with gemeente_code, then the month), then the optional parts. Only the parts that are set are written, so the
 * planner sees plain range conditions it can serve from the index.
 */
import type { MonitoringScope } from './scope';

export interface FilterKolommen {
  gemeente: string;
  maand?: string;
  segment?: string;
  aanbieder?: string;
}

export interface FilterSql {
  where: string;
  values: unknown[];
}

export function filterSql(scope: MonitoringScope, k: FilterKolommen): FilterSql {
  const values: unknown[] = [scope.gemeenten];
  const delen = [`${k.gemeente} = ANY($1::char(4)[])`];
  const voeg = (sql: (n: number) => string, v: unknown) => { values.push(v); delen.push(sql(values.length)); };
  if (k.maand && scope.van) voeg((n) => `${k.maand} >= $${n}::date`, scope.van);
  if (k.maand && scope.tot) voeg((n) => `${k.maand} <= $${n}::date`, scope.tot);
  if (k.segment && scope.segmentId) voeg((n) => `${k.segment} = $${n}::uuid`, scope.segmentId);
  if (k.aanbieder && scope.aanbiederAgb) voeg((n) => `${k.aanbieder} = $${n}::char(8)`, scope.aanbiederAgb);
  return { where: `WHERE ${delen.join(' AND ')}`, values };
}
