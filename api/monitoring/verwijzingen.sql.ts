/**
 * §1 query: referral behaviour from mon_verwijzing only (index mon_verwijzing_maand_idx: gemeente_code, maand, the
 * rest INCLUDEd), grouped by the dimensions asked; unique youths counted distinct per returned cell.
 */
import type { SqlQuery } from '../../integration/store/SqlQuery';
import { filterSql } from './filterSql';
import { groepSql, type Dimensie } from './groepering';
import type { MonitoringScope } from './scope';

export enum VerwijzingDimensie {
  GEMEENTE = 'GEMEENTE',
  VERWIJZER_TYPE = 'VERWIJZER_TYPE',
  SEGMENT = 'SEGMENT',
  PRODUCTCATEGORIE = 'PRODUCTCATEGORIE',
  AANBIEDER = 'AANBIEDER',
  MAAND = 'MAAND',
}

export interface VerwijzingCel {
  gemeenteCode?: string | null;
  verwijzerType?: string | null;
  segmentId?: string | null;
  productCategorie?: string | null;
  aanbiederAgb?: string | null;
  maand?: string | null;
  verzoeken: number | null;
  toewijzingen: number | null;
  uniekeJeugdigen: number | null;
}

export const VERWIJZING_DIMENSIES: Record<VerwijzingDimensie, Dimensie<VerwijzingCel>> = {
  GEMEENTE: { sql: 'p.gemeente_code', alias: 'gemeenteCode' },
  VERWIJZER_TYPE: { sql: 'p.verwijzer_type', alias: 'verwijzerType' },
  SEGMENT: { sql: 'p.segment_id', alias: 'segmentId' },
  PRODUCTCATEGORIE: { sql: 'p.product_categorie', alias: 'productCategorie' },
  AANBIEDER: { sql: 'p.aanbieder_agb', alias: 'aanbiederAgb' },
  MAAND: { sql: `to_char(p.maand, 'YYYY-MM')`, alias: 'maand' },
};

/**
 * Grouped by all six dimensions (the default) a cell is a finest cell: read mon_verwijzing_cel (its key serves the
 * filter), no distinct counting at query time. Any coarser grouping counts distinct over mon_verwijzing.
 */
export function verwijzingenQuery(scope: MonitoringScope, dims: readonly VerwijzingDimensie[]): SqlQuery {
  const g = groepSql(dims, VERWIJZING_DIMENSIES);
  const f = filterSql(scope, { gemeente: 'p.gemeente_code', maand: 'p.maand', segment: 'p.segment_id', aanbieder: 'p.aanbieder_agb' });
  if (new Set(dims).size === Object.keys(VERWIJZING_DIMENSIES).length) {
    return {
      text: `SELECT ${g.select}p.verzoeken, p.toewijzingen, p.jeugdigen AS "uniekeJeugdigen" FROM mon_verwijzing_cel p ${f.where} ${g.orderBy}`,
      values: f.values,
    };
  }
  return {
    text: `SELECT ${g.select}coalesce(sum(p.verzoeken), 0)::int AS verzoeken, coalesce(sum(p.toewijzingen), 0)::int AS toewijzingen,
                  count(DISTINCT p.pseudoniem)::int AS "uniekeJeugdigen"
           FROM mon_verwijzing p ${f.where} ${g.groupBy} ${g.orderBy}`,
    values: f.values,
  };
}
