/**
 * §6 query: deadline compliance from mon_termijn only (primary key (gemeente_code, maand, regel, aanbieder_agb, partij)),
 * grouped by the dimensions asked: deadlines, late (flagged by the deadline job) and on time.
 */
import type { SqlQuery } from '../../integration/store/SqlQuery';
import { filterSql } from './filterSql';
import { groepSql, type Dimensie } from './groepering';
import type { MonitoringScope } from './scope';

export enum TermijnDimensie {
  GEMEENTE = 'GEMEENTE',
  AANBIEDER = 'AANBIEDER',
  MAAND = 'MAAND',
  REGEL = 'REGEL',
  PARTIJ = 'PARTIJ',
}

export enum TermijnRegel {
  OP090 = 'OP090',
  OP090x4 = 'OP090x4',
  OP271 = 'OP271',
  OP272 = 'OP272',
}

export interface TermijnCel {
  gemeenteCode?: string | null;
  aanbiederAgb?: string | null;
  maand?: string | null;
  regel?: string | null;
  partij?: string | null;
  aantal: number;
  teLaat: number;
}

export const TERMIJN_DIMENSIES: Record<TermijnDimensie, Dimensie<TermijnCel>> = {
  GEMEENTE: { sql: 'p.gemeente_code', alias: 'gemeenteCode' },
  AANBIEDER: { sql: 'p.aanbieder_agb', alias: 'aanbiederAgb' },
  MAAND: { sql: `to_char(p.maand, 'YYYY-MM')`, alias: 'maand' },
  REGEL: { sql: 'p.regel', alias: 'regel' },
  PARTIJ: { sql: 'p.partij', alias: 'partij' },
};

export function termijnenQuery(scope: MonitoringScope, dims: readonly TermijnDimensie[], regels: readonly TermijnRegel[] | null): SqlQuery {
  const g = groepSql(dims, TERMIJN_DIMENSIES);
  const f = filterSql(scope, { gemeente: 'p.gemeente_code', maand: 'p.maand', aanbieder: 'p.aanbieder_agb' });
  const regel = regels?.length ? ` AND p.regel = ANY($${f.values.length + 1}::text[])` : '';
  return {
    text: `SELECT ${g.select}sum(p.aantal)::int AS aantal, sum(p.te_laat)::int AS "teLaat"
           FROM mon_termijn p ${f.where}${regel} ${g.groupBy} ${g.orderBy}`,
    values: [...f.values, ...(regels?.length ? [regels] : [])],
  };
}
