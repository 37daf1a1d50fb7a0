/**
 * SQL of the solidarity projection (solidariteit.ts; tables in migration 1795513000000-MonitoringSolidariteit): the
 * youths in care per municipality × year. Each table's rows come from one SELECT: unrestricted it is the rebuild,
 * restricted to the keys in `k` the refresh (vervang.sql.ts).
 */
import type { SqlQuery } from '../store/SqlQuery.js';
import { actiefTot, gestoptLateral } from './actief.sql.js';
import { vervang, vulAlles, type Doel } from './vervang.sql.js';

const JEUGDIGE_JAAR: Doel = {
  tabel: 'mon_jeugdige_jaar',
  kolommen: ['gemeente_code', 'client_id', 'jaar'],
  pk: ['gemeente_code', 'client_id', 'jaar'],
  sleutel: ['gemeente_code', 'client_id'],
  sleutelTypen: ['char(4)', 'bigint'],
  terug: ['gemeente_code', 'jaar'],
};

/** A youth is in care in a year when one of its current allocations is active in it (actief.sql.ts; toewijzing_client_aanbieder_idx). */
function jeugdigeJaarSelect(beperk: boolean): string {
  return `SELECT DISTINCT t.gemeente_code, t.client_id, j.jaar
          FROM toewijzing t ${beperk ? 'JOIN k ON t.gemeente_code = k.gemeente_code AND t.client_id = k.client_id' : ''}
          ${gestoptLateral('t', 'sp')}
          CROSS JOIN LATERAL generate_series(extract(year FROM t.ingangsdatum)::int, extract(year FROM ${actiefTot('t', 'sp')})::int) AS j(jaar)
          WHERE t.status = 'actueel'`;
}

const JEUGDIGEN_JAAR: Doel = {
  tabel: 'mon_jeugdigen_jaar',
  kolommen: ['gemeente_code', 'jaar', 'jeugdigen'],
  pk: ['gemeente_code', 'jaar'],
  sleutel: ['gemeente_code', 'jaar'],
  sleutelTypen: ['char(4)', 'int'],
  terug: [],
};

/** Count per municipality × year (mon_jeugdige_jaar_jaar_idx). */
function jeugdigenJaarSelect(beperk: boolean): string {
  return `SELECT j.gemeente_code, j.jaar, count(*)::int AS jeugdigen
          FROM mon_jeugdige_jaar j ${beperk ? 'JOIN k ON j.gemeente_code = k.gemeente_code AND j.jaar = k.jaar' : ''}
          GROUP BY j.gemeente_code, j.jaar`;
}

/** Refresh the given clients' years ($1 gemeente codes, $2 client ids). */
export function vervangJeugdigeJaren(clienten: string[][]): SqlQuery {
  return vervang(JEUGDIGE_JAAR, jeugdigeJaarSelect(true), clienten);
}

export function vervangJeugdigenJaren(sleutels: string[][]): SqlQuery {
  return vervang(JEUGDIGEN_JAAR, jeugdigenJaarSelect(true), sleutels);
}

export const LEEG_SOLIDARITEIT = `TRUNCATE mon_jeugdige_jaar, mon_jeugdigen_jaar`;
export const HERBOUW_SOLIDARITEIT: readonly SqlQuery[] = [vulAlles(JEUGDIGE_JAAR, jeugdigeJaarSelect(false)), vulAlles(JEUGDIGEN_JAAR, jeugdigenJaarSelect(false))];
