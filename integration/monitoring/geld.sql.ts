/**
 * SQL of the money projection (geld.ts; tables in migration 1795510000000-MonitoringGeld). Every fill statement is
 * the rebuild's statement; given keys, it is restricted to them by a join on `unnest(...)` (the base table's primary
 * key or the index named in the comment serves the probe). Fill statements return the (gemeente, segment, maand) keys
 * they wrote, so the caller knows which month rows to re-sum.
 */
import type { SqlQuery } from '../store/SqlQuery.js';
import { actiefTot, gestoptLateral } from './actief.sql.js';

/** Keys (gemeente_code, id) as two arrays, or null = every row (herbouw). */
export type Sleutels = string[][] | null;

/** The (gemeente, segment, maand) key of a written row, as text. */
const maandSleutel = (a: string) => `${a}.gemeente_code, ${a}.segment_id::text AS segment_id, ${a}.maand::text AS maand`;

/** The allocations the given declarations' prestaties name (prestatie_declaratie_idx). */
export function toewijzingenVanDeclaraties(sleutels: string[][]): SqlQuery {
  return {
    text: `SELECT DISTINCT p.gemeente_code, p.toewijzing_id::text AS toewijzing_id
           FROM unnest($1::char(4)[], $2::bigint[]) AS k(gemeente_code, id)
           JOIN prestatie p ON p.gemeente_code = k.gemeente_code AND p.declaratie_id = k.id
           WHERE p.toewijzing_id IS NOT NULL`,
    values: sleutels,
  };
}

export function verwijderDeclaraties(sleutels: string[][]): SqlQuery {
  return {
    text: `DELETE FROM mon_geld_declaratie d USING unnest($1::char(4)[], $2::bigint[]) AS k(gemeente_code, id)
           WHERE d.gemeente_code = k.gemeente_code AND d.declaratie_id = k.id
           RETURNING ${maandSleutel('d')}`,
    values: sleutels,
  };
}

/**
 * Declared and approved spend per declaration × segment × month of the ProductPeriode (signed: credits negative).
 * Prestaties that resolved to no segment (refused for an unknown product or allocation) are spend against no budget.
 */
export function vulDeclaraties(sleutels: Sleutels): SqlQuery {
  const beperk = sleutels ? `JOIN unnest($1::char(4)[], $2::bigint[]) AS k(gemeente_code, id) ON p.gemeente_code = k.gemeente_code AND p.declaratie_id = k.id` : '';
  return {
    text: `INSERT INTO mon_geld_declaratie (gemeente_code, declaratie_id, segment_id, maand, aanbieder_agb, ingediend_cents, toegekend_cents)
           SELECT p.gemeente_code, p.declaratie_id, p.segment_id, date_trunc('month', p.periode_begin)::date, p.aanbieder_agb,
                  sum(p.bedrag_getekend_cents), coalesce(sum(p.bedrag_getekend_cents) FILTER (WHERE p.toegekend), 0)
           FROM prestatie p ${beperk}
           WHERE p.segment_id IS NOT NULL
           GROUP BY p.gemeente_code, p.declaratie_id, p.segment_id, date_trunc('month', p.periode_begin), p.aanbieder_agb
           RETURNING ${maandSleutel('mon_geld_declaratie')}`,
    values: sleutels ?? [],
  };
}

export function verwijderVerplichtingen(sleutels: string[][]): SqlQuery {
  return {
    text: `DELETE FROM mon_geld_verplichting v USING unnest($1::char(4)[], $2::bigint[]) AS k(gemeente_code, id)
           WHERE v.gemeente_code = k.gemeente_code AND v.toewijzing_id = k.id
           RETURNING ${maandSleutel('v')}`,
    values: sleutels,
  };
}

/**
 * The committed cost of each current allocation that has no approved declaration yet (toewijzing_verbruik), per month
 * of its validity: the spend the run rate cannot see yet.
 * - Omvang: Volume × the tariff per unit × the units in the month's days of the allocation: per dag × days, per week
 *   × days/7, per maand × days/days-in-month, totaal binnen geldigheidsduur × days/all days of the allocation.
 * - Budget allocation (no Omvang): budget_cents × days in the month / all days of the allocation.
 * - Tariff: the contract's tariff for the product valid on the first day counted in the month, else the region's
 *   harmonised tariff (as integration/declaraties/tarief.ts); per minute = per hour / 60 rounded (IV081). No tariff
 *   (a lumpsum-funded product): nothing committed per unit.
 * - Counted while the allocation is active (actief.sql.ts).
 */
export function vulVerplichtingen(sleutels: Sleutels): SqlQuery {
  const beperk = sleutels ? `JOIN unnest($1::char(4)[], $2::bigint[]) AS k(gemeente_code, id) ON t.gemeente_code = k.gemeente_code AND t.id = k.id` : '';
  return {
    text: `INSERT INTO mon_geld_verplichting (gemeente_code, toewijzing_id, maand, segment_id, verplicht_cents)
           SELECT t.gemeente_code, t.id, g.maand::date, c.segment_id,
                  round(CASE WHEN t.volume IS NULL THEN t.budget_cents * d.dagen / p.dagen
                             ELSE t.volume * tf.prijs * CASE t.frequentie WHEN '1' THEN d.dagen WHEN '2' THEN d.dagen / 7
                                                                          WHEN '4' THEN d.dagen / d.maanddagen ELSE d.dagen / p.dagen END
                        END)::bigint
           FROM toewijzing t ${beperk}
           JOIN contract c ON c.id = t.contract_id
           ${gestoptLateral('t', 'sp')}
           CROSS JOIN LATERAL (SELECT t.ingangsdatum AS begin, ${actiefTot('t', 'sp')} AS eind) p0
           CROSS JOIN LATERAL (SELECT (p0.eind - p0.begin + 1)::numeric AS dagen) p
           CROSS JOIN LATERAL generate_series(date_trunc('month', p0.begin), p0.eind, interval '1 month') AS g(maand)
           CROSS JOIN LATERAL (SELECT (least(p0.eind, (g.maand + interval '1 month - 1 day')::date) - greatest(p0.begin, g.maand::date) + 1)::numeric AS dagen,
                                      extract(day FROM g.maand + interval '1 month - 1 day')::numeric AS maanddagen,
                                      greatest(p0.begin, g.maand::date) AS peildag) d
           LEFT JOIN product pr ON pr.region_id = c.region_id AND pr.category = t.product_categorie AND pr.code = t.product_code
           LEFT JOIN LATERAL (
             SELECT CASE WHEN t.eenheid = '01' AND pr.unit = '04' THEN round(x.prijs / 60.0) ELSE x.prijs END AS prijs
             FROM (SELECT coalesce(
                     (SELECT tr.price_cents FROM tariff tr WHERE tr.contract_id = t.contract_id AND tr.product_id = pr.id
                        AND daterange(tr.valid_from, tr.valid_to, '[]') @> d.peildag),
                     (SELECT tr.price_cents FROM tariff tr WHERE tr.region_id = c.region_id AND tr.product_id = pr.id
                        AND daterange(tr.valid_from, tr.valid_to, '[]') @> d.peildag)) AS prijs) x
           ) tf ON true
           WHERE t.status = 'actueel'
             AND (t.volume IS NULL OR tf.prijs IS NOT NULL)
             AND NOT EXISTS (SELECT 1 FROM toewijzing_verbruik v WHERE v.gemeente_code = t.gemeente_code AND v.toewijzing_id = t.id
                               AND v.aantal_prestaties > 0)
           RETURNING ${maandSleutel('mon_geld_verplichting')}`,
    values: sleutels ?? [],
  };
}

const MAAND_BEPERK = (alias: string) =>
  `JOIN unnest($1::char(4)[], $2::uuid[], $3::date[]) AS k(gemeente_code, segment_id, maand)
     ON ${alias}.gemeente_code = k.gemeente_code AND ${alias}.segment_id = k.segment_id AND ${alias}.maand = k.maand`;

export function verwijderMaanden(sleutels: string[][]): SqlQuery {
  return {
    text: `DELETE FROM mon_geld_maand m USING unnest($1::char(4)[], $2::uuid[], $3::date[]) AS k(gemeente_code, segment_id, maand)
           WHERE m.gemeente_code = k.gemeente_code AND m.maand = k.maand AND m.segment_id = k.segment_id`,
    values: sleutels,
  };
}

/** Month rows = the sum of both layers (mon_geld_declaratie_maand_idx, mon_geld_verplichting_maand_idx). */
export function vulMaanden(sleutels: Sleutels): SqlQuery {
  return {
    text: `INSERT INTO mon_geld_maand (gemeente_code, maand, segment_id, ingediend_cents, toegekend_cents, verplicht_cents)
           SELECT x.gemeente_code, x.maand, x.segment_id, sum(x.ingediend), sum(x.toegekend), sum(x.verplicht)
           FROM (SELECT d.gemeente_code, d.maand, d.segment_id, d.ingediend_cents AS ingediend, d.toegekend_cents AS toegekend, 0 AS verplicht
                 FROM mon_geld_declaratie d ${sleutels ? MAAND_BEPERK('d') : ''}
                 UNION ALL
                 SELECT v.gemeente_code, v.maand, v.segment_id, 0, 0, v.verplicht_cents
                 FROM mon_geld_verplichting v ${sleutels ? MAAND_BEPERK('v') : ''}) x
           GROUP BY x.gemeente_code, x.maand, x.segment_id`,
    values: sleutels ?? [],
  };
}

export const LEEG_GELD = `TRUNCATE mon_geld_declaratie, mon_geld_verplichting, mon_geld_maand`;
