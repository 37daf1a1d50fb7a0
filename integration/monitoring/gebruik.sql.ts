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
    SELECT f.*, m::date AS maand
    FROM feit f, generate_series(date_trunc('month', f.ingangsdatum), date_trunc('month', f.actief_tot), interval '1 month') AS m),
  -- Pairs of the youth's allocations (a handful per youth: joins on the youth, linear over the whole table): the months in
  -- which two overlap, and per allocation whether another ended in outflow shortly before it or was the same product
  -- at the same provider before it.
  paar AS (
    SELECT a.gemeente_code, a.client_id, a.id, o.id AS ander, o.uitstroom, o.ingangsdatum AS ander_ingang,
           o.aanbieder_agb = a.aanbieder_agb AND o.product_categorie IS NOT DISTINCT FROM a.product_categorie
             AND o.product_code IS NOT DISTINCT FROM a.product_code AS zelfde_product,
           daterange(a.ingangsdatum, a.actief_tot, '[]') * daterange(o.ingangsdatum, o.actief_tot, '[]') AS samen
    FROM feit a JOIN feit o ON o.gemeente_code = a.gemeente_code AND o.client_id = a.client_id AND o.id <> a.id),
  stapel AS (
    SELECT DISTINCT p.gemeente_code, p.client_id, m::date AS maand
    FROM paar p, generate_series(date_trunc('month', lower(p.samen)), date_trunc('month', upper(p.samen) - 1), interval '1 month') AS m
    WHERE p.id < p.ander AND NOT isempty(p.samen)),
  vlag AS (
    SELECT p.gemeente_code, p.id,
           bool_or(p.uitstroom < f.ingangsdatum AND f.ingangsdatum <= p.uitstroom + interval '12 months') AS recidief,
           bool_or(p.zelfde_product AND p.ander_ingang < f.ingangsdatum) AS herindicatie
    FROM paar p JOIN feit f ON f.gemeente_code = p.gemeente_code AND f.id = p.id
    GROUP BY p.gemeente_code, p.id)
  INSERT INTO mon_gebruik (gemeente_code, toewijzing_id, maand, client_id, pseudoniem, segment_id, aanbieder_agb,
                           nieuw, gestapeld, recidief, herindicatie, herindicatie_jw317)
  SELECT m.gemeente_code, m.id, m.maand, m.client_id, m.pseudoniem, m.segment_id, m.aanbieder_agb,
         m.maand = date_trunc('month', m.ingangsdatum)::date, s.client_id IS NOT NULL, coalesce(v.recidief, false),
         coalesce(v.herindicatie, false), coalesce(v.herindicatie, false) AND m.oorsprong_soort IS NOT DISTINCT FROM 'JW317'
  FROM maand m
  LEFT JOIN vlag v ON v.gemeente_code = m.gemeente_code AND v.id = m.id
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
