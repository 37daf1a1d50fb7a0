/**
 * §7 query: per municipality of the regions in scope, for one year: its distribution key (youths in care in the year and
 * the two before, mon_jeugdigen_jaar_pkey; or the region's objective key, solidariteit_sleutel) and its own approved cost
 * in the region's solidair segments (mon_geld_maand_pkey). Every municipality of a region is read, because a settlement
 * needs them all; the caller returns only those in scope. The settlement: integration/monitoring/verrekening.ts.
 */
import type { SqlQuery } from '../../integration/store/SqlQuery';

export enum SolidariteitDimensie {
  REGIO = 'REGIO',
  GEMEENTE = 'GEMEENTE',
}

export interface SolidariteitGemeente {
  regioCode: string;
  gemeenteCode: string;
  verdeelsleutel: 'inwoners_jeugd_3jr' | 'objectief';
  jeugdigen: number;
  jeugdigenDrieJaar: number;
  objectieveSleutel: number | null;
  eigenKostenCents: number;
}

export function solidariteitQuery(gemeenten: readonly string[], jaar: number): SqlQuery {
  return {
    text: `SELECT r.code AS "regioCode", m.cbs_code AS "gemeenteCode", r.solidariteit_verdeelsleutel::text AS verdeelsleutel,
                  coalesce((SELECT j.jeugdigen FROM mon_jeugdigen_jaar j WHERE j.gemeente_code = m.cbs_code AND j.jaar = $2), 0) AS jeugdigen,
                  coalesce((SELECT sum(j.jeugdigen) FROM mon_jeugdigen_jaar j WHERE j.gemeente_code = m.cbs_code AND j.jaar BETWEEN $2 - 2 AND $2), 0)::int
                    AS "jeugdigenDrieJaar",
                  (SELECT k.gewicht FROM solidariteit_sleutel k WHERE k.municipality_id = m.id AND k.jaar = $2)::float8 AS "objectieveSleutel",
                  coalesce((SELECT sum(g.toegekend_cents) FROM mon_geld_maand g
                            WHERE g.gemeente_code = m.cbs_code AND g.maand >= make_date($2, 1, 1) AND g.maand < make_date($2 + 1, 1, 1)
                              AND g.segment_id IN (SELECT s.id FROM segment s WHERE s.region_id = r.id AND s.solidair)), 0)::float8 AS "eigenKostenCents"
           FROM region r JOIN municipality m ON m.region_id = r.id
           WHERE r.id IN (SELECT x.region_id FROM municipality x WHERE x.cbs_code = ANY($1::char(4)[]))
           ORDER BY r.code, m.cbs_code`,
    values: [gemeenten, jaar],
  };
}
