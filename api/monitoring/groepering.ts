/**
 * Grouping of a monitoring query: the caller names the dimensions (a GraphQL enum per projection); the query groups
 * the filtered projection rows by exactly those and computes its measures per group, distinct counts included, so
 * every grouping is exact (unique youths are never summed across cells). The SQL expressions come from the
 * projection's own map (never from the caller), so the text stays fixed per grouping.
 */
import type { CsvKolom } from './csv';

export interface Dimensie<R> {
  /** SQL expression over the projection table, e.g. `p.gemeente_code`. */
  sql: string;
  /** Column alias in the result and the field of the row it fills. */
  alias: keyof R & string;
}

export interface GroepSql {
  /** `expr AS alias, ...` (or '' when nothing is grouped) */
  select: string;
  /** `GROUP BY ...` (or '' for one total row) */
  groupBy: string;
  /** `ORDER BY ...` (or '') */
  orderBy: string;
}

export function groepSql<D extends string, R>(gekozen: readonly D[], dimensies: Record<D, Dimensie<R>>): GroepSql {
  const uniek = [...new Set(gekozen)];
  if (!uniek.length) return { select: '', groupBy: '', orderBy: '' };
  const exprs = uniek.map((d) => dimensies[d]);
  return {
    select: exprs.map((e) => `${e.sql} AS "${e.alias}", `).join(''),
    groupBy: `GROUP BY ${exprs.map((e) => e.sql).join(', ')}`,
    orderBy: `ORDER BY ${exprs.map((e) => e.sql).join(', ')}`,
  };
}

/** The CSV columns of the grouped dimensions, in the order asked, followed by the measures. */
export function groepKolommen<D extends string, R>(gekozen: readonly D[], dimensies: Record<D, Dimensie<R>>, maten: readonly CsvKolom<R>[]): CsvKolom<R>[] {
  const dims = [...new Set(gekozen)].map((d) => ({ naam: dimensies[d].alias, waarde: (r: R) => r[dimensies[d].alias] as string | number | null }));
  return [...dims, ...maten, { naam: 'onderdrukt', waarde: (r: R) => (r as { onderdrukt?: boolean }).onderdrukt ?? false }];
}
