/**
 * §3 query: spend against budget from mon_geld_maand only (its primary key (gemeente_code, maand, segment_id) serves the
 * filter), grouped by the dimensions asked, for one budget year; the budget from the purchasing model's budget table
 * (a small reference table, budget_municipality_segment_year_key / budget_region_segment_year_key). The forecast per
 * cell: integration/monitoring/prognose.ts.
 */
import type { SqlQuery } from '../../integration/store/SqlQuery';
import { filterSql } from './filterSql';
import { groepSql, type Dimensie } from './groepering';
import type { MonitoringScope } from './scope';

export enum GeldDimensie {
  GEMEENTE = 'GEMEENTE',
  SEGMENT = 'SEGMENT',
  MAAND = 'MAAND',
}

/** The dimension fields of a cell. */
export interface GeldSleutel {
  gemeenteCode?: string | null;
  segmentId?: string | null;
  maand?: string | null;
}

export interface GeldCel extends GeldSleutel {
  ingediendCents: number;
  toegekendCents: number;
  /** Approved spend of the months before the peildatum's month. */
  gerealiseerdCents: number;
  /** Committed cost of undeclared allocations from the peildatum's month on. */
  verplichtCents: number;
}

export const GELD_DIMENSIES: Record<GeldDimensie, Dimensie<GeldSleutel>> = {
  GEMEENTE: { sql: 'p.gemeente_code', alias: 'gemeenteCode' },
  SEGMENT: { sql: 'p.segment_id::text', alias: 'segmentId' },
  MAAND: { sql: `to_char(p.maand, 'YYYY-MM')`, alias: 'maand' },
};

/** The year's cells; `grens` = first month not elapsed at the peildatum (prognose.ts grensMaand). */
export function geldQuery(scope: MonitoringScope, jaar: number, grens: string, dims: readonly GeldDimensie[]): SqlQuery {
  const g = groepSql(dims, GELD_DIMENSIES);
  const f = filterSql({ ...scope, van: `${jaar}-01-01`, tot: `${jaar}-12-01` }, { gemeente: 'p.gemeente_code', maand: 'p.maand', segment: 'p.segment_id' });
  const n = f.values.length + 1;
  return {
    text: `SELECT ${g.select}sum(p.ingediend_cents)::float8 AS "ingediendCents", sum(p.toegekend_cents)::float8 AS "toegekendCents",
                  coalesce(sum(p.toegekend_cents) FILTER (WHERE p.maand < $${n}::date), 0)::float8 AS "gerealiseerdCents",
                  coalesce(sum(p.verplicht_cents) FILTER (WHERE p.maand >= $${n}::date), 0)::float8 AS "verplichtCents"
           FROM mon_geld_maand p ${f.where} ${g.groupBy} ${g.orderBy}`,
    values: [...f.values, grens],
  };
}

export interface BudgetRegel {
  gemeenteCode: string | null;
  segmentId: string;
  cents: number;
}

/**
 * The year's budgets in scope: each municipality's own, and a region's shared budget (gemeenteCode null) when the scope
 * holds every municipality of that region (a municipality alone has no part of it to show).
 */
export function budgetQuery(scope: MonitoringScope, jaar: number): SqlQuery {
  const segment = scope.segmentId ? `AND b.segment_id = $3::uuid` : '';
  return {
    text: `SELECT m.cbs_code AS "gemeenteCode", b.segment_id::text AS "segmentId", b.amount_cents::float8 AS cents
           FROM budget b JOIN municipality m ON m.id = b.municipality_id
           WHERE m.cbs_code = ANY($1::char(4)[]) AND b.year = $2 ${segment}
           UNION ALL
           SELECT NULL, b.segment_id::text, b.amount_cents::float8
           FROM budget b
           WHERE b.municipality_id IS NULL AND b.year = $2 ${segment}
             AND b.region_id IN (SELECT m.region_id FROM municipality m GROUP BY m.region_id HAVING bool_and(m.cbs_code = ANY($1::char(4)[])))`,
    values: [scope.gemeenten, jaar, ...(scope.segmentId ? [scope.segmentId] : [])],
  };
}
