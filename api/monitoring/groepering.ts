/**
 * Grouping of a monitoring query: the caller names the dimensions (a GraphQL enum per projection); the query groups
 * the filtered projection rows by exactly those and computes its measures per group, distinct counts included, so
 * every grouping is exact (unique youths are never summed across cells). The SQL expressions come from the
 * projection's own map (never from the caller), so the text stays fixed per grouping.
 */
import type { CsvKolom } from './csv';

/** One output column of a dimension: an SQL expression over the projection table and the row field it fills. */
export interface DimensieKolom<R> {
  sql: string;
  alias: keyof R & string;
}

/** A dimension is one column, or several that go together (a product = category + code). */
export type Dimensie<R> = DimensieKolom<R> | readonly DimensieKolom<R>[];

export interface GroepSql {
  /** `expr AS "alias", ...` with a trailing comma-space (or '' when nothing is grouped) */
  select: string;
  /** `GROUP BY ...` (or '' for one total row) */
  groupBy: string;
  /** `ORDER BY ...` (or '') */
  orderBy: string;
}

function kolommen<D extends string, R>(gekozen: readonly D[], dimensies: Record<D, Dimensie<R>>): DimensieKolom<R>[] {
  return [...new Set(gekozen)].flatMap((d) => {
    const x = dimensies[d];
    return Array.isArray(x) ? [...(x as readonly DimensieKolom<R>[])] : [x as DimensieKolom<R>];
  });
}

export function groepSql<D extends string, R>(gekozen: readonly D[], dimensies: Record<D, Dimensie<R>>): GroepSql {
  const k = kolommen(gekozen, dimensies);
  if (!k.length) return { select: '', groupBy: '', orderBy: '' };
  return {
    select: k.map((e) => `${e.sql} AS "${e.alias}", `).join(''),
    groupBy: `GROUP BY ${k.map((e) => e.sql).join(', ')}`,
    orderBy: `ORDER BY ${k.map((e) => `${e.sql} NULLS FIRST`).join(', ')}`,
  };
}

/** The CSV columns of the grouped dimensions, in the order asked, then the measures, then `onderdrukt`. */
export function groepKolommen<D extends string, R>(gekozen: readonly D[], dimensies: Record<D, Dimensie<R>>, maten: readonly CsvKolom<R>[]): CsvKolom<R>[] {
  const dims = kolommen(gekozen, dimensies).map((k) => ({ naam: k.alias, waarde: (r: R) => r[k.alias] as string | number | null }));
  return [...dims, ...maten, { naam: 'onderdrukt', waarde: (r: R) => (r as { onderdrukt?: boolean }).onderdrukt ?? false }];
}
