/**
 * §5 query: the provider landscape of a year from mon_landschap only (primary key (gemeente_code, jaar, segment_id,
 * aanbieder_agb)). Per cell: providers with turnover or clients, those with small turnover AND few clients (thresholds
 * are parameters), total turnover and the top-5 providers' turnover. A provider's turnover and clients are summed over
 * the cell's municipalities first, so "small" is judged on what it does in the whole cell (e.g. the region).
 */
import type { SqlQuery } from '../../integration/store/SqlQuery';
import { filterSql } from './filterSql';
import type { Dimensie } from './groepering';
import type { MonitoringScope } from './scope';

export enum LandschapDimensie {
  SEGMENT = 'SEGMENT',
  GEMEENTE = 'GEMEENTE',
}

/** The dimension fields of a cell. */
export interface LandschapSleutel {
  segmentId?: string | null;
  gemeenteCode?: string | null;
}

export interface LandschapCel extends LandschapSleutel {
  aanbieders: number;
  kleineAanbieders: number;
  omzetCents: number;
  top5OmzetCents: number;
}

export const LANDSCHAP_DIMENSIES: Record<LandschapDimensie, Dimensie<LandschapSleutel> & { sql: string; alias: keyof LandschapSleutel & string }> = {
  SEGMENT: { sql: 'p.segment_id::text', alias: 'segmentId' },
  GEMEENTE: { sql: 'p.gemeente_code', alias: 'gemeenteCode' },
};

export interface Drempels {
  omzetCents: number;
  clienten: number;
}

export function landschapQuery(scope: MonitoringScope, jaar: number, dims: readonly LandschapDimensie[], drempels: Drempels): SqlQuery {
  const d = [...new Set(dims)].map((x) => LANDSCHAP_DIMENSIES[x]);
  const f = filterSql(scope, { gemeente: 'p.gemeente_code', segment: 'p.segment_id', aanbieder: 'p.aanbieder_agb' });
  const n = f.values.length;
  const sel = d.map((x) => `${x.sql} AS "${x.alias}", `).join('');
  const cel = d.map((x) => `"${x.alias}"`);
  const per = cel.length ? `PARTITION BY ${cel.join(', ')} ` : '';
  return {
    text: `WITH a AS (
             SELECT ${sel}p.aanbieder_agb, sum(p.omzet_cents) AS omzet, sum(p.clienten) AS clienten
             FROM mon_landschap p ${f.where} AND p.jaar = $${n + 1}
             GROUP BY ${[...d.map((x) => x.sql), 'p.aanbieder_agb'].join(', ')}
             HAVING sum(p.omzet_cents) <> 0 OR sum(p.clienten) > 0),
           r AS (SELECT a.*, row_number() OVER (${per}ORDER BY a.omzet DESC, a.aanbieder_agb) AS rang FROM a)
           SELECT ${cel.map((c) => `${c}, `).join('')}count(*)::int AS aanbieders,
                  count(*) FILTER (WHERE r.omzet < $${n + 2} AND r.clienten < $${n + 3})::int AS "kleineAanbieders",
                  sum(r.omzet)::float8 AS "omzetCents", coalesce(sum(r.omzet) FILTER (WHERE r.rang <= 5), 0)::float8 AS "top5OmzetCents"
           FROM r ${cel.length ? `GROUP BY ${cel.join(', ')} ORDER BY ${cel.join(', ')}` : ''}`,
    values: [...f.values, jaar, drempels.omzetCents, drempels.clienten],
  };
}
