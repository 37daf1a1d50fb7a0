/**
 * SQL of the provider landscape (landschap.ts; tables in migration 1795511000000-MonitoringLandschap). Fill statements
 * are the rebuild's; given keys they are restricted by a join on `unnest(...)`.
 */
import type { SqlQuery } from '../store/SqlQuery.js';
import { actiefTot, gestoptLateral } from './actief.sql.js';

/** (gemeente_code, aanbieder_agb, segment_id, jaar) of a written row, as text. */
const landschapSleutel = (a: string) => `${a}.gemeente_code, ${a}.aanbieder_agb, ${a}.segment_id::text AS segment_id, ${a}.jaar::text AS jaar`;

export function verwijderZorgJaar(clienten: string[][]): SqlQuery {
  return {
    text: `DELETE FROM mon_zorg_jaar z USING unnest($1::char(4)[], $2::bigint[]) AS k(gemeente_code, client_id)
           WHERE z.gemeente_code = k.gemeente_code AND z.client_id = k.client_id
           RETURNING ${landschapSleutel('z')}`,
    values: clienten,
  };
}

/** Each year in which a client's current allocation was active (actief.sql.ts), per segment (the contract's) and provider. */
export function vulZorgJaar(clienten: string[][] | null): SqlQuery {
  const beperk = clienten ? `JOIN unnest($1::char(4)[], $2::bigint[]) AS k(gemeente_code, client_id) ON t.gemeente_code = k.gemeente_code AND t.client_id = k.client_id` : '';
  return {
    text: `INSERT INTO mon_zorg_jaar (gemeente_code, client_id, jaar, segment_id, aanbieder_agb)
           SELECT DISTINCT t.gemeente_code, t.client_id, j.jaar, c.segment_id, t.aanbieder_agb
           FROM toewijzing t ${beperk}
           JOIN contract c ON c.id = t.contract_id
           ${gestoptLateral('t', 'sp')}
           CROSS JOIN LATERAL generate_series(extract(year FROM t.ingangsdatum)::int, extract(year FROM ${actiefTot('t', 'sp')})::int) AS j(jaar)
           WHERE t.status = 'actueel'
           RETURNING ${landschapSleutel('mon_zorg_jaar')}`,
    values: clienten ?? [],
  };
}

/** The provider × segment × year keys of the given declarations (after the geld projection refreshed them). */
export function landschapVanDeclaraties(declaraties: string[][]): SqlQuery {
  return {
    text: `SELECT DISTINCT d.gemeente_code, d.aanbieder_agb, d.segment_id::text AS segment_id, extract(year FROM d.maand)::int::text AS jaar
           FROM unnest($1::char(4)[], $2::bigint[]) AS k(gemeente_code, id)
           JOIN mon_geld_declaratie d ON d.gemeente_code = k.gemeente_code AND d.declaratie_id = k.id`,
    values: declaraties,
  };
}

const SLEUTELS = `unnest($1::char(4)[], $2::char(8)[], $3::uuid[], $4::int[]) AS k(gemeente_code, aanbieder_agb, segment_id, jaar)`;

export function verwijderLandschap(sleutels: string[][]): SqlQuery {
  return {
    text: `DELETE FROM mon_landschap l USING ${SLEUTELS}
           WHERE l.gemeente_code = k.gemeente_code AND l.jaar = k.jaar AND l.segment_id = k.segment_id AND l.aanbieder_agb = k.aanbieder_agb`,
    values: sleutels,
  };
}

/**
 * Turnover = approved spend of the provider's declarations in the year (mon_geld_declaratie_aanbieder_idx); clients =
 * unique clients with an active allocation that year (mon_zorg_jaar_aanbieder_idx).
 */
export function vulLandschap(sleutels: string[][] | null): SqlQuery {
  const d = sleutels
    ? `JOIN ${SLEUTELS} ON d.gemeente_code = k.gemeente_code AND d.aanbieder_agb = k.aanbieder_agb AND d.segment_id = k.segment_id
         AND d.maand >= make_date(k.jaar, 1, 1) AND d.maand < make_date(k.jaar + 1, 1, 1)`
    : '';
  const z = sleutels
    ? `JOIN ${SLEUTELS} ON z.gemeente_code = k.gemeente_code AND z.aanbieder_agb = k.aanbieder_agb AND z.segment_id = k.segment_id AND z.jaar = k.jaar`
    : '';
  return {
    text: `INSERT INTO mon_landschap (gemeente_code, jaar, segment_id, aanbieder_agb, omzet_cents, clienten)
           SELECT x.gemeente_code, x.jaar, x.segment_id, x.aanbieder_agb, sum(x.omzet), sum(x.clienten)
           FROM (SELECT d.gemeente_code, extract(year FROM d.maand)::int AS jaar, d.segment_id, d.aanbieder_agb, d.toegekend_cents AS omzet, 0 AS clienten
                 FROM mon_geld_declaratie d ${d}
                 UNION ALL
                 SELECT z.gemeente_code, z.jaar, z.segment_id, z.aanbieder_agb, 0, 1
                 FROM mon_zorg_jaar z ${z}) x
           GROUP BY x.gemeente_code, x.jaar, x.segment_id, x.aanbieder_agb`,
    values: sleutels ?? [],
  };
}

export const LEEG_LANDSCHAP = `TRUNCATE mon_zorg_jaar, mon_landschap`;
