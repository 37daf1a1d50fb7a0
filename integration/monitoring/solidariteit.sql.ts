/**
 * SQL of the solidarity projection (solidariteit.ts; tables in migration 1795513000000-MonitoringSolidariteit): the
 * youths in care per municipality × year. Fill statements are the rebuild's; given clients they are restricted by a
 * join on `unnest(...)` (toewijzing_client_aanbieder_idx, mon_jeugdige_jaar_pkey).
 */
import type { SqlQuery } from '../store/SqlQuery.js';
import { actiefTot, gestoptLateral } from './actief.sql.js';

export function verwijderJeugdigeJaren(clienten: string[][]): SqlQuery {
  return {
    text: `DELETE FROM mon_jeugdige_jaar j USING unnest($1::char(4)[], $2::bigint[]) AS k(gemeente_code, client_id)
           WHERE j.gemeente_code = k.gemeente_code AND j.client_id = k.client_id
           RETURNING j.gemeente_code, j.jaar::text AS jaar`,
    values: clienten,
  };
}

/** A youth is in care in a year when one of its current allocations is active in it (actief.sql.ts). */
export function vulJeugdigeJaren(clienten: string[][] | null): SqlQuery {
  const beperk = clienten ? `JOIN unnest($1::char(4)[], $2::bigint[]) AS k(gemeente_code, client_id) ON t.gemeente_code = k.gemeente_code AND t.client_id = k.client_id` : '';
  return {
    text: `INSERT INTO mon_jeugdige_jaar (gemeente_code, client_id, jaar)
           SELECT DISTINCT t.gemeente_code, t.client_id, j.jaar
           FROM toewijzing t ${beperk}
           ${gestoptLateral('t', 'sp')}
           CROSS JOIN LATERAL generate_series(extract(year FROM t.ingangsdatum)::int, extract(year FROM ${actiefTot('t', 'sp')})::int) AS j(jaar)
           WHERE t.status = 'actueel'
           RETURNING gemeente_code, jaar::text AS jaar`,
    values: clienten ?? [],
  };
}

export function verwijderJeugdigenJaren(sleutels: string[][]): SqlQuery {
  return {
    text: `DELETE FROM mon_jeugdigen_jaar m USING unnest($1::char(4)[], $2::int[]) AS k(gemeente_code, jaar)
           WHERE m.gemeente_code = k.gemeente_code AND m.jaar = k.jaar`,
    values: sleutels,
  };
}

/** Count per municipality × year (mon_jeugdige_jaar_jaar_idx). */
export function vulJeugdigenJaren(sleutels: string[][] | null): SqlQuery {
  const beperk = sleutels ? `JOIN unnest($1::char(4)[], $2::int[]) AS k(gemeente_code, jaar) ON j.gemeente_code = k.gemeente_code AND j.jaar = k.jaar` : '';
  return {
    text: `INSERT INTO mon_jeugdigen_jaar (gemeente_code, jaar, jeugdigen)
           SELECT j.gemeente_code, j.jaar, count(*) FROM mon_jeugdige_jaar j ${beperk} GROUP BY j.gemeente_code, j.jaar`,
    values: sleutels ?? [],
  };
}

export const LEEG_SOLIDARITEIT = `TRUNCATE mon_jeugdige_jaar, mon_jeugdigen_jaar`;
