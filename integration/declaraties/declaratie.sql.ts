/** SQL on table `declaratie` (migration 1795420000000-Declaraties). */
import type { SqlQuery } from '../store/SqlQuery.js';
import type { DeclaratieKop } from './typen.js';

export interface DeclaratieRij {
  id: string;
  gemeente_code: string;
  aanbieder_agb: string;
  declaratie_nummer: string;
  status: string;
  ingediend_cents: string;
  toegekend_cents: string;
  afgewezen_cents: string;
  aantal_prestaties: number;
  aantal_toegekend: number;
  aantal_afgewezen: number;
  retourcodes: string[];
}

/**
 * A processed declaration. status 'in_verwerking' while its prestaties are booked; 'niet_verwerkt' with the
 * Declaratie class's codes when refused as a whole. A concurrent duplicate number fails with 23505 on
 * declaratie_nummer_uniq (→ TR333).
 */
export function insertDeclaratie(kop: DeclaratieKop, berichtId: string | null, status: 'in_verwerking' | 'niet_verwerkt', retourcodes: string[] = [], redenen: string[] = []): SqlQuery {
  return {
    text: `INSERT INTO declaratie (gemeente_code, aanbieder_agb, declaratie_nummer, periode_begin, periode_eind, dagtekening,
                                   ingediend_cents, status, retourcodes, redenen, bericht_id, verwerkt_op)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, CASE WHEN $8 = 'niet_verwerkt' THEN now() END)
           RETURNING id::text`,
    values: [kop.gemeente, kop.aanbieder, kop.nummer, kop.periodeBegin, kop.periodeEind, kop.dagtekening, kop.totaalCents, status, retourcodes, redenen, berichtId],
  };
}

/**
 * Closes a declaration: totals and counts from its booked prestaties (so the JW325 totals are exactly
 * what was booked), status and the DeclaratieAntwoord code: 8001 when everything is approved (IV087),
 * else 0200.
 */
/**
 * The sums of a declaration's booked prestaties (`s` below) and what closing it sets from them; shared with the bulk
 * path (integration/nationaal/boekingen.sql.ts sluitDeclaraties), so both close a declaration alike.
 */
export const PRESTATIE_SOMMEN = `count(*)::int AS n, count(*) FILTER (WHERE toegekend)::int AS n_toegekend,
                        coalesce(sum(bedrag_getekend_cents) FILTER (WHERE toegekend), 0) AS toegekend,
                        coalesce(sum(bedrag_getekend_cents) FILTER (WHERE NOT toegekend), 0) AS afgewezen`;
export const SLUIT_UIT_SOMMEN = `toegekend_cents = s.toegekend, afgewezen_cents = s.afgewezen,
               aantal_prestaties = s.n, aantal_toegekend = s.n_toegekend, aantal_afgewezen = s.n - s.n_toegekend,
               status = CASE WHEN s.n_toegekend = s.n THEN 'toegekend' WHEN s.n_toegekend = 0 THEN 'afgewezen' ELSE 'deels_toegekend' END,
               retourcodes = CASE WHEN s.n_toegekend = s.n THEN ARRAY['8001'] ELSE ARRAY['0200'] END`;

export function sluitDeclaratie(gemeente: string, id: string): SqlQuery {
  return {
    text: `UPDATE declaratie d
           SET ${SLUIT_UIT_SOMMEN}, verwerkt_op = now()
           FROM (SELECT ${PRESTATIE_SOMMEN}
                 FROM prestatie WHERE gemeente_code = $1 AND declaratie_id = $2) s
           WHERE d.gemeente_code = $1 AND d.id = $2
           RETURNING d.id::text, d.gemeente_code, d.aanbieder_agb, d.declaratie_nummer, d.status, d.ingediend_cents::text,
                     d.toegekend_cents::text, d.afgewezen_cents::text, d.aantal_prestaties, d.aantal_toegekend, d.aantal_afgewezen, d.retourcodes`,
    values: [gemeente, id],
  };
}

export function selectDeclaratie(gemeente: string, id: string): SqlQuery {
  return {
    text: `SELECT id::text, gemeente_code, aanbieder_agb, declaratie_nummer, status, ingediend_cents::text, toegekend_cents::text,
                  afgewezen_cents::text, aantal_prestaties, aantal_toegekend, aantal_afgewezen, retourcodes
           FROM declaratie WHERE gemeente_code = $1 AND id = $2`,
    values: [gemeente, id],
  };
}
