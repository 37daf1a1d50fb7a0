/**
 * §2 Usage (mon_gebruik): one row per allocation × month in which it is active (zorgFeiten.sql.ts: active until), with
 * - gestapeld: that month the youth had two or more allocations whose active periods overlap within the month
 *   (stacking of care; over all the youth's allocations in this municipality, whatever their segment or provider);
 * - nieuw: the month of the allocation's Ingangsdatum (so new allocations, recidive and re-indications count once);
 * - recidief: it begins within 12 months after an outflow (a definitive JW307, zorgFeiten.sql.ts) of another of the
 *   youth's allocations;
 * - herindicatie: a follow-on allocation: an allocation of the same product (category + code) for the same youth at the
 *   same provider began before it; herindicatie_jw317: and it came from the provider's change request (JW317).
 * Distinct counts (youths, allocations, providers) are taken at query time over these rows, so every grouping is exact.
 */
import type { SqlQuery } from '../store/SqlQuery.js';
import type { CelSql } from './cellen.js';
import { beperking, feitCte, type Clienten } from './zorgFeiten.sql.js';

export const TABEL_GEBRUIK = 'mon_gebruik';

/** INSERT … SELECT of the rows of `clienten` (null: all). */
export function vulGebruik(clienten: Clienten): SqlQuery {
  const { b, values } = beperking(clienten);
  return {
    text: `
  WITH ${feitCte(b)},
  maand AS (
    SELECT f.*, m::date AS maand, daterange(f.ingangsdatum, f.actief_tot, '[]') AS periode
    FROM feit f, generate_series(date_trunc('month', f.ingangsdatum), date_trunc('month', f.actief_tot), interval '1 month') AS m),
  stapel AS (
    SELECT DISTINCT a.gemeente_code, a.client_id, a.maand
    FROM maand a JOIN maand o ON o.gemeente_code = a.gemeente_code AND o.client_id = a.client_id AND o.maand = a.maand AND o.id > a.id
    WHERE NOT isempty(a.periode * o.periode * daterange(a.maand, (a.maand + interval '1 month')::date, '[)'))),
  vlag AS (
    SELECT f.gemeente_code, f.id,
           EXISTS (SELECT 1 FROM feit e WHERE e.gemeente_code = f.gemeente_code AND e.client_id = f.client_id AND e.id <> f.id
                     AND e.uitstroom < f.ingangsdatum AND f.ingangsdatum <= e.uitstroom + interval '12 months') AS recidief,
           EXISTS (SELECT 1 FROM feit e WHERE e.gemeente_code = f.gemeente_code AND e.client_id = f.client_id AND e.id <> f.id
                     AND e.aanbieder_agb = f.aanbieder_agb AND e.product_categorie IS NOT DISTINCT FROM f.product_categorie
                     AND e.product_code IS NOT DISTINCT FROM f.product_code AND e.ingangsdatum < f.ingangsdatum) AS herindicatie
    FROM feit f)
  INSERT INTO mon_gebruik (gemeente_code, toewijzing_id, maand, client_id, pseudoniem, segment_id, aanbieder_agb,
                           nieuw, gestapeld, recidief, herindicatie, herindicatie_jw317)
  SELECT m.gemeente_code, m.id, m.maand, m.client_id, m.pseudoniem, m.segment_id, m.aanbieder_agb,
         m.maand = date_trunc('month', m.ingangsdatum)::date, s.client_id IS NOT NULL, v.recidief, v.herindicatie,
         v.herindicatie AND m.oorsprong_soort IS NOT DISTINCT FROM 'JW317'
  FROM maand m
  JOIN vlag v ON v.gemeente_code = m.gemeente_code AND v.id = m.id
  LEFT JOIN stapel s ON s.gemeente_code = m.gemeente_code AND s.client_id = m.client_id AND s.maand = m.maand`,
    values,
  };
}

/** mon_gebruik_cel (migration 1795500002000): the finest cells, their counts exact within the cell (cellen.ts). */
export const GEBRUIK_CEL: CelSql = {
  tabel: 'mon_gebruik_cel',
  sleutel: [{ kolom: 'gemeente_code', type: 'char(4)' }, { kolom: 'maand', type: 'date' }, { kolom: 'segment_id', type: 'uuid' },
    { kolom: 'aanbieder_agb', type: 'char(8)' }],
  maten: [
    { kolom: 'jeugdigen', sql: 'count(DISTINCT p.pseudoniem)' },
    { kolom: 'toewijzingen', sql: 'count(DISTINCT p.toewijzing_id)' },
    { kolom: 'gestapelde_jeugdigen', sql: 'count(DISTINCT p.pseudoniem) FILTER (WHERE p.gestapeld)' },
    { kolom: 'nieuw', sql: 'count(*) FILTER (WHERE p.nieuw)' },
    { kolom: 'recidief', sql: 'count(*) FILTER (WHERE p.nieuw AND p.recidief)' },
    { kolom: 'herindicatie', sql: 'count(*) FILTER (WHERE p.nieuw AND p.herindicatie)' },
    { kolom: 'herindicatie_jw317', sql: 'count(*) FILTER (WHERE p.nieuw AND p.herindicatie_jw317)' },
  ],
};
