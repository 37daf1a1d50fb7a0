/**
 * SQL of the money projection (geld.ts; tables in migration 1795510000000-MonitoringGeld). Each table's rows come from
 * one SELECT: unrestricted it is the rebuild, restricted to the keys in `k` (a join the `beperk` flag adds) it is the
 * refresh (vervang.sql.ts), which returns the (gemeente, segment, maand) keys it changed so the month rows are re-summed.
 */
import type { SqlQuery } from '../store/SqlQuery.js';
import { actiefTot, gestoptLateral } from './actief.sql.js';
import { sleutelCte, vervang, vulAlles, type Doel } from './vervang.sql.js';

const MAAND_SLEUTEL = ['gemeente_code', 'segment_id', 'maand'] as const;

const DECLARATIE: Doel = {
  tabel: 'mon_geld_declaratie',
  kolommen: ['gemeente_code', 'declaratie_id', 'segment_id', 'maand', 'aanbieder_agb', 'ingediend_cents', 'toegekend_cents'],
  pk: ['gemeente_code', 'declaratie_id', 'segment_id', 'maand'],
  sleutel: ['gemeente_code', 'declaratie_id'],
  sleutelTypen: ['char(4)', 'bigint'],
  terug: MAAND_SLEUTEL,
};

/**
 * Declared and approved spend per declaration × segment × month of the ProductPeriode (signed: credits negative);
 * restricted through prestatie_declaratie_idx. Prestaties that resolved to no segment (refused for an unknown product
 * or allocation) are spend against no budget.
 */
function declaratieSelect(beperk: boolean): string {
  return `SELECT p.gemeente_code, p.declaratie_id, p.segment_id, date_trunc('month', p.periode_begin)::date AS maand, p.aanbieder_agb,
                 sum(p.bedrag_getekend_cents) AS ingediend_cents, coalesce(sum(p.bedrag_getekend_cents) FILTER (WHERE p.toegekend), 0) AS toegekend_cents
          FROM prestatie p ${beperk ? 'JOIN k ON p.gemeente_code = k.gemeente_code AND p.declaratie_id = k.declaratie_id' : ''}
          WHERE p.segment_id IS NOT NULL
          GROUP BY p.gemeente_code, p.declaratie_id, p.segment_id, date_trunc('month', p.periode_begin), p.aanbieder_agb`;
}

const VERPLICHTING: Doel = {
  tabel: 'mon_geld_verplichting',
  kolommen: ['gemeente_code', 'toewijzing_id', 'maand', 'segment_id', 'verplicht_cents'],
  pk: ['gemeente_code', 'toewijzing_id', 'maand'],
  sleutel: ['gemeente_code', 'toewijzing_id'],
  sleutelTypen: ['char(4)', 'bigint'],
  terug: MAAND_SLEUTEL,
};

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
function verplichtingSelect(beperk: boolean): string {
  return `SELECT t.gemeente_code, t.id AS toewijzing_id, g.maand::date AS maand, c.segment_id,
                 round(CASE WHEN t.volume IS NULL THEN t.budget_cents * d.dagen / p.dagen
                            ELSE t.volume * tf.prijs * CASE t.frequentie WHEN '1' THEN d.dagen WHEN '2' THEN d.dagen / 7
                                                                         WHEN '4' THEN d.dagen / d.maanddagen ELSE d.dagen / p.dagen END
                       END)::bigint AS verplicht_cents
          FROM toewijzing t ${beperk ? 'JOIN k ON t.gemeente_code = k.gemeente_code AND t.id = k.toewijzing_id' : ''}
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
                              AND v.aantal_prestaties > 0)`;
}

const MAAND: Doel = {
  tabel: 'mon_geld_maand',
  kolommen: ['gemeente_code', 'maand', 'segment_id', 'ingediend_cents', 'toegekend_cents', 'verplicht_cents'],
  pk: ['gemeente_code', 'maand', 'segment_id'],
  sleutel: MAAND_SLEUTEL,
  sleutelTypen: ['char(4)', 'uuid', 'date'],
  terug: [],
};

/** Month rows = the sum of both layers (mon_geld_declaratie_maand_idx, mon_geld_verplichting_maand_idx). */
function maandSelect(beperk: boolean): string {
  const k = (a: string) => (beperk ? `JOIN k ON ${a}.gemeente_code = k.gemeente_code AND ${a}.segment_id = k.segment_id AND ${a}.maand = k.maand` : '');
  return `SELECT x.gemeente_code, x.maand, x.segment_id, sum(x.ingediend) AS ingediend_cents, sum(x.toegekend) AS toegekend_cents,
                 sum(x.verplicht) AS verplicht_cents
          FROM (SELECT d.gemeente_code, d.maand, d.segment_id, d.ingediend_cents AS ingediend, d.toegekend_cents AS toegekend, 0 AS verplicht
                FROM mon_geld_declaratie d ${k('d')}
                UNION ALL
                SELECT v.gemeente_code, v.maand, v.segment_id, 0, 0, v.verplicht_cents
                FROM mon_geld_verplichting v ${k('v')}) x
          GROUP BY x.gemeente_code, x.maand, x.segment_id`;
}

/** Refresh the given declarations' rows ($1 gemeente codes, $2 declaratie ids). */
export function vervangDeclaraties(sleutels: string[][]): SqlQuery {
  return vervang(DECLARATIE, declaratieSelect(true), sleutels);
}

/**
 * Refresh the commitments of the given allocations ($1, $2) and of the allocations the given declarations' prestaties
 * name ($3, $4; prestatie_declaratie_idx): a declared allocation is no longer committed.
 */
export function vervangVerplichtingen(toewijzingen: string[][], declaraties: string[][]): SqlQuery {
  const k = `${sleutelCte(VERPLICHTING)}
             UNION
             SELECT p.gemeente_code, p.toewijzing_id FROM unnest($3::char(4)[], $4::bigint[]) AS d(gemeente_code, id)
             JOIN prestatie p ON p.gemeente_code = d.gemeente_code AND p.declaratie_id = d.id WHERE p.toewijzing_id IS NOT NULL`;
  return vervang(VERPLICHTING, verplichtingSelect(true), [...toewijzingen, ...declaraties], k);
}

export function vervangMaanden(sleutels: string[][]): SqlQuery {
  return vervang(MAAND, maandSelect(true), sleutels);
}

export const LEEG_GELD = `TRUNCATE mon_geld_declaratie, mon_geld_verplichting, mon_geld_maand`;
export const HERBOUW_GELD: readonly SqlQuery[] = [
  vulAlles(DECLARATIE, declaratieSelect(false)),
  vulAlles(VERPLICHTING, verplichtingSelect(false)),
  vulAlles(MAAND, maandSelect(false)),
];
