/**
 * §4 query: times from mon_doorlooptijd only (index mon_doorlooptijd_maand_idx), grouped by the dimensions asked;
 * median and p90 (percentile_cont, nulls ignored: not yet started / still running) over the filtered trajectories,
 * so every grouping is exact. Duration against the norm: the median duration as a share of the product's norm, and
 * the share of ended trajectories that took longer than it.
 */
import type { SqlQuery } from '../../integration/store/SqlQuery';
import { filterSql } from './filterSql';
import { groepSql, type Dimensie } from './groepering';
import type { MonitoringScope } from './scope';

export enum DoorlooptijdDimensie {
  PRODUCT = 'PRODUCT',
  AANBIEDER = 'AANBIEDER',
  GEMEENTE = 'GEMEENTE',
  SEGMENT = 'SEGMENT',
  MAAND = 'MAAND',
}

export interface DoorlooptijdCel {
  productCategorie?: string | null;
  productCode?: string | null;
  aanbiederAgb?: string | null;
  gemeenteCode?: string | null;
  segmentId?: string | null;
  maand?: string | null;
  trajecten: number | null;
  uniekeJeugdigen: number | null;
  aanvraagMediaan: number | null;
  aanvraagP90: number | null;
  wachttijdMediaan: number | null;
  wachttijdP90: number | null;
  duurMediaan: number | null;
  duurP90: number | null;
  normDagen: number | null;
  duurMediaanTovNorm: number | null;
  aandeelBovenNorm: number | null;
}

export const DOORLOOPTIJD_MATEN = ['trajecten', 'uniekeJeugdigen', 'aanvraagMediaan', 'aanvraagP90', 'wachttijdMediaan', 'wachttijdP90',
  'duurMediaan', 'duurP90', 'normDagen', 'duurMediaanTovNorm', 'aandeelBovenNorm'] as const;

export const DOORLOOPTIJD_DIMENSIES: Record<DoorlooptijdDimensie, Dimensie<DoorlooptijdCel>> = {
  PRODUCT: [{ sql: 'p.product_categorie', alias: 'productCategorie' }, { sql: 'p.product_code', alias: 'productCode' }],
  AANBIEDER: { sql: 'p.aanbieder_agb', alias: 'aanbiederAgb' },
  GEMEENTE: { sql: 'p.gemeente_code', alias: 'gemeenteCode' },
  SEGMENT: { sql: 'p.segment_id', alias: 'segmentId' },
  MAAND: { sql: `to_char(p.maand, 'YYYY-MM')`, alias: 'maand' },
};

const pct = (f: number, kolom: string) => `percentile_cont(${f}) WITHIN GROUP (ORDER BY p.${kolom})`;

export function doorlooptijdenQuery(scope: MonitoringScope, dims: readonly DoorlooptijdDimensie[]): SqlQuery {
  const g = groepSql(dims, DOORLOOPTIJD_DIMENSIES);
  const f = filterSql(scope, { gemeente: 'p.gemeente_code', maand: 'p.maand', segment: 'p.segment_id', aanbieder: 'p.aanbieder_agb' });
  return {
    text: `SELECT ${g.select}count(*)::int AS trajecten, count(DISTINCT p.pseudoniem)::int AS "uniekeJeugdigen",
                  ${pct(0.5, 'dagen_aanvraag')} AS "aanvraagMediaan", ${pct(0.9, 'dagen_aanvraag')} AS "aanvraagP90",
                  ${pct(0.5, 'dagen_wachttijd')} AS "wachttijdMediaan", ${pct(0.9, 'dagen_wachttijd')} AS "wachttijdP90",
                  ${pct(0.5, 'dagen_duur')} AS "duurMediaan", ${pct(0.9, 'dagen_duur')} AS "duurP90",
                  CASE WHEN min(p.norm_dagen) = max(p.norm_dagen) THEN min(p.norm_dagen) END AS "normDagen",
                  ${pct(0.5, 'dagen_duur')} / NULLIF(CASE WHEN min(p.norm_dagen) = max(p.norm_dagen) THEN min(p.norm_dagen) END, 0) AS "duurMediaanTovNorm",
                  (count(*) FILTER (WHERE p.dagen_duur > p.norm_dagen))::float8
                    / NULLIF(count(*) FILTER (WHERE p.dagen_duur IS NOT NULL AND p.norm_dagen IS NOT NULL), 0) AS "aandeelBovenNorm"
           FROM mon_doorlooptijd p ${f.where} ${g.groupBy} ${g.orderBy}`,
    values: f.values,
  };
}
