/**
 * §2 query: usage from mon_gebruik only (index mon_gebruik_maand_idx), grouped by the dimensions asked. Youths,
 * allocations, providers and stacked youths are counted distinct per returned cell (exact at every grouping); new
 * allocations, recidive and re-indications once, in the month the allocation begins (`nieuw`).
 * toewijzing_id is an identity over the whole table, so it is distinct across municipalities.
 */
import type { SqlQuery } from '../../integration/store/SqlQuery';
import { filterSql } from './filterSql';
import { groepSql, type Dimensie } from './groepering';
import type { MonitoringScope } from './scope';

export enum GebruikDimensie {
  GEMEENTE = 'GEMEENTE',
  SEGMENT = 'SEGMENT',
  AANBIEDER = 'AANBIEDER',
  MAAND = 'MAAND',
}

export interface GebruikCel {
  gemeenteCode?: string | null;
  segmentId?: string | null;
  aanbiederAgb?: string | null;
  maand?: string | null;
  uniekeJeugdigen: number | null;
  actieveToewijzingen: number | null;
  aanbieders: number | null;
  gestapeldeJeugdigen: number | null;
  nieuweToewijzingen: number | null;
  recidive: number | null;
  herindicaties: number | null;
  herindicatiesNaWijzigingsverzoek: number | null;
}

export const GEBRUIK_MATEN = ['uniekeJeugdigen', 'actieveToewijzingen', 'aanbieders', 'gestapeldeJeugdigen', 'nieuweToewijzingen', 'recidive',
  'herindicaties', 'herindicatiesNaWijzigingsverzoek'] as const;

export const GEBRUIK_DIMENSIES: Record<GebruikDimensie, Dimensie<GebruikCel>> = {
  GEMEENTE: { sql: 'p.gemeente_code', alias: 'gemeenteCode' },
  SEGMENT: { sql: 'p.segment_id', alias: 'segmentId' },
  AANBIEDER: { sql: 'p.aanbieder_agb', alias: 'aanbiederAgb' },
  MAAND: { sql: `to_char(p.maand, 'YYYY-MM')`, alias: 'maand' },
};

/**
 * Grouped by all four dimensions (the default) a cell is a finest cell: read mon_gebruik_cel (its primary key serves the
 * filter), no distinct counting at query time. Any coarser grouping counts distinct over mon_gebruik.
 */
export function gebruikQuery(scope: MonitoringScope, dims: readonly GebruikDimensie[]): SqlQuery {
  const g = groepSql(dims, GEBRUIK_DIMENSIES);
  if (new Set(dims).size === Object.keys(GEBRUIK_DIMENSIES).length) {
    const f = filterSql(scope, { gemeente: 'p.gemeente_code', maand: 'p.maand', segment: 'p.segment_id', aanbieder: 'p.aanbieder_agb' });
    return {
      text: `SELECT ${g.select}p.jeugdigen AS "uniekeJeugdigen", p.toewijzingen AS "actieveToewijzingen", 1 AS aanbieders,
                    p.gestapelde_jeugdigen AS "gestapeldeJeugdigen", p.nieuw AS "nieuweToewijzingen", p.recidief AS recidive,
                    p.herindicatie AS herindicaties, p.herindicatie_jw317 AS "herindicatiesNaWijzigingsverzoek"
             FROM mon_gebruik_cel p ${f.where} ${g.orderBy}`,
      values: f.values,
    };
  }
  const f = filterSql(scope, { gemeente: 'p.gemeente_code', maand: 'p.maand', segment: 'p.segment_id', aanbieder: 'p.aanbieder_agb' });
  return {
    text: `SELECT ${g.select}count(DISTINCT p.pseudoniem)::int AS "uniekeJeugdigen",
                  count(DISTINCT p.toewijzing_id)::int AS "actieveToewijzingen",
                  count(DISTINCT p.aanbieder_agb)::int AS aanbieders,
                  count(DISTINCT p.pseudoniem) FILTER (WHERE p.gestapeld)::int AS "gestapeldeJeugdigen",
                  count(*) FILTER (WHERE p.nieuw)::int AS "nieuweToewijzingen",
                  count(*) FILTER (WHERE p.nieuw AND p.recidief)::int AS recidive,
                  count(*) FILTER (WHERE p.nieuw AND p.herindicatie)::int AS herindicaties,
                  count(*) FILTER (WHERE p.nieuw AND p.herindicatie_jw317)::int AS "herindicatiesNaWijzigingsverzoek"
           FROM mon_gebruik p ${f.where} ${g.groupBy} ${g.orderBy}`,
    values: f.values,
  };
}
