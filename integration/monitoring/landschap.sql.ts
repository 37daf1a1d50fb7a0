/**
 * SQL of the provider landscape (landschap.ts; tables in migration 1795511000000-MonitoringLandschap). Each table's
 * rows come from one SELECT: unrestricted it is the rebuild, restricted to the keys in `k` the refresh (vervang.sql.ts).
 */
import type { SqlQuery } from '../store/SqlQuery.js';
import { actiefTot, gestoptLateral } from './actief.sql.js';
import { vervang, vulAlles, type Doel } from './vervang.sql.js';

const ZORG_JAAR: Doel = {
  tabel: 'mon_zorg_jaar',
  kolommen: ['gemeente_code', 'client_id', 'jaar', 'segment_id', 'aanbieder_agb'],
  pk: ['gemeente_code', 'client_id', 'jaar', 'segment_id', 'aanbieder_agb'],
  sleutel: ['gemeente_code', 'client_id'],
  sleutelTypen: ['char(4)', 'bigint'],
  terug: ['gemeente_code', 'aanbieder_agb', 'segment_id', 'jaar'],
};

/** Each year in which a client's current allocation was active (actief.sql.ts), per segment (the contract's) and provider. */
function zorgJaarSelect(beperk: boolean): string {
  return `SELECT DISTINCT t.gemeente_code, t.client_id, j.jaar, c.segment_id, t.aanbieder_agb
          FROM toewijzing t ${beperk ? 'JOIN k ON t.gemeente_code = k.gemeente_code AND t.client_id = k.client_id' : ''}
          JOIN contract c ON c.id = t.contract_id
          ${gestoptLateral('t', 'sp')}
          CROSS JOIN LATERAL generate_series(extract(year FROM t.ingangsdatum)::int, extract(year FROM ${actiefTot('t', 'sp')})::int) AS j(jaar)
          WHERE t.status = 'actueel'`;
}

const LANDSCHAP: Doel = {
  tabel: 'mon_landschap',
  kolommen: ['gemeente_code', 'jaar', 'segment_id', 'aanbieder_agb', 'omzet_cents', 'clienten'],
  pk: ['gemeente_code', 'jaar', 'segment_id', 'aanbieder_agb'],
  sleutel: ['gemeente_code', 'aanbieder_agb', 'segment_id', 'jaar'],
  sleutelTypen: ['char(4)', 'char(8)', 'uuid', 'int'],
  terug: [],
};

/**
 * Turnover = approved spend of the provider's declarations in the year (mon_geld_declaratie_aanbieder_idx); clients =
 * unique clients with an active allocation that year (mon_zorg_jaar_aanbieder_idx).
 */
function landschapSelect(beperk: boolean): string {
  const d = beperk
    ? `JOIN k ON d.gemeente_code = k.gemeente_code AND d.aanbieder_agb = k.aanbieder_agb AND d.segment_id = k.segment_id
         AND d.maand >= make_date(k.jaar, 1, 1) AND d.maand < make_date(k.jaar + 1, 1, 1)`
    : '';
  const z = beperk ? `JOIN k ON z.gemeente_code = k.gemeente_code AND z.aanbieder_agb = k.aanbieder_agb AND z.segment_id = k.segment_id AND z.jaar = k.jaar` : '';
  return `SELECT x.gemeente_code, x.jaar, x.segment_id, x.aanbieder_agb, sum(x.omzet) AS omzet_cents, sum(x.clienten) AS clienten
          FROM (SELECT d.gemeente_code, extract(year FROM d.maand)::int AS jaar, d.segment_id, d.aanbieder_agb, d.toegekend_cents AS omzet, 0 AS clienten
                FROM mon_geld_declaratie d ${d}
                UNION ALL
                SELECT z.gemeente_code, z.jaar, z.segment_id, z.aanbieder_agb, 0, 1
                FROM mon_zorg_jaar z ${z}) x
          GROUP BY x.gemeente_code, x.jaar, x.segment_id, x.aanbieder_agb`;
}

/** Refresh the given clients' years ($1 gemeente codes, $2 client ids). */
export function vervangZorgJaren(clienten: string[][]): SqlQuery {
  return vervang(ZORG_JAAR, zorgJaarSelect(true), clienten);
}

/**
 * The provider × segment × year keys of the given declarations ($1, $2), read from the geld projection's per-declaration
 * rows (refreshed before this in the same unit of work; mon_geld_declaratie_pkey).
 */
export function landschapVanDeclaraties(declaraties: string[][]): SqlQuery {
  return {
    text: `SELECT DISTINCT d.gemeente_code, d.aanbieder_agb, d.segment_id::text AS segment_id, extract(year FROM d.maand)::int::text AS jaar
           FROM unnest($1::char(4)[], $2::bigint[]) AS x(gemeente_code, id)
           JOIN mon_geld_declaratie d ON d.gemeente_code = x.gemeente_code AND d.declaratie_id = x.id`,
    values: declaraties,
  };
}

/** Refresh the given provider × segment × year keys ($1..$4). */
export function vervangLandschap(sleutels: string[][]): SqlQuery {
  return vervang(LANDSCHAP, landschapSelect(true), sleutels);
}

export const LEEG_LANDSCHAP = `TRUNCATE mon_zorg_jaar, mon_landschap`;
export const HERBOUW_LANDSCHAP: readonly SqlQuery[] = [vulAlles(ZORG_JAAR, zorgJaarSelect(false)), vulAlles(LANDSCHAP, landschapSelect(false))];
