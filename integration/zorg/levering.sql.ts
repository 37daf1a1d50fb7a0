/**
 * SQL on `start_product` and `stop_product` (JW305 / JW307). A delivery is identified by its logical key
 * (condities/constraints, sleutelelementen): Bsn + ToewijzingNummer + Product + Begindatum for a start, plus
 * RedenBeeindiging + Einddatum for a stop; per provider. Only rows with status 'actueel' count: a row removed
 * with StatusAanlevering 3 is regarded as never sent (IV008, OP033).
 * Served by start_product_sleutel_uniq / stop_product_sleutel_uniq / stop_product_start_idx.
 */
import type { SqlQuery } from '../store/SqlQuery.js';

/** The start key as a message carries it. Product and ToewijzingNummer are optional (taakgericht: IV096). */
export interface StartSleutel {
  gemeenteCode: string;
  bsn: string;
  aanbiederAgb: string;
  toewijzingNummer: number | null;
  categorie: string | null;
  code: string | null;
  begindatum: string;
}

export interface StopSleutel extends StartSleutel {
  redenBeeindiging: string;
  einddatum: string;
}

export interface StartRij {
  id: string;
  client_id: string;
  begindatum: string;
  gestopt: boolean;
}

export interface StopRij {
  id: string;
  reden_beeindiging: string;
  einddatum: string;
}

const STARTKEY = `s.gemeente_code = $1 AND c.bsn = $2 AND s.aanbieder_agb = $3
  AND s.toewijzing_nummer IS NOT DISTINCT FROM $4::int AND s.product_categorie IS NOT DISTINCT FROM $5::char(2)
  AND s.product_code IS NOT DISTINCT FROM $6::char(5) AND s.begindatum = $7::date AND s.status = 'actueel'`;

const startValues = (k: StartSleutel) => [k.gemeenteCode, k.bsn, k.aanbiederAgb, k.toewijzingNummer, k.categorie, k.code, k.begindatum];

/** The current start with exactly this key (0 or 1 row), and whether a current stop refers to it. */
export function findActueleStart(k: StartSleutel): SqlQuery {
  return {
    text: `SELECT s.id::text, s.client_id::text, to_char(s.begindatum, 'YYYY-MM-DD') AS begindatum,
                  EXISTS (SELECT 1 FROM stop_product p WHERE p.gemeente_code = s.gemeente_code AND p.start_product_id = s.id
                          AND p.status = 'actueel') AS gestopt
           FROM start_product s JOIN client c ON c.gemeente_code = s.gemeente_code AND c.id = s.client_id
           WHERE ${STARTKEY}`,
    values: startValues(k),
  };
}

/**
 * TR326: current starts for the same allocated product (same ToewijzingNummer, or for a start without
 * ToewijzingNummer the same product) that no current stop has ended yet.
 */
export function findLopendeStarts(k: StartSleutel): SqlQuery {
  return {
    text: `SELECT s.id::text, s.client_id::text, to_char(s.begindatum, 'YYYY-MM-DD') AS begindatum, false AS gestopt
           FROM start_product s JOIN client c ON c.gemeente_code = s.gemeente_code AND c.id = s.client_id
           WHERE s.gemeente_code = $1 AND c.bsn = $2 AND s.aanbieder_agb = $3 AND s.status = 'actueel'
             AND CASE WHEN $4::int IS NOT NULL THEN s.toewijzing_nummer = $4::int
                      ELSE s.toewijzing_nummer IS NULL AND s.product_categorie IS NOT DISTINCT FROM $5::char(2)
                           AND s.product_code IS NOT DISTINCT FROM $6::char(5) END
             AND NOT EXISTS (SELECT 1 FROM stop_product p WHERE p.gemeente_code = s.gemeente_code
                             AND p.start_product_id = s.id AND p.status = 'actueel')`,
    values: [k.gemeenteCode, k.bsn, k.aanbiederAgb, k.toewijzingNummer, k.categorie, k.code],
  };
}

/** Current stops of the start with this key (Bsn + ToewijzingNummer + Product + Begindatum): TR413/TR414/TR415. */
export function findActueleStops(k: StartSleutel): SqlQuery {
  return {
    text: `SELECT p.id::text, p.reden_beeindiging, to_char(p.einddatum, 'YYYY-MM-DD') AS einddatum
           FROM stop_product p JOIN client c ON c.gemeente_code = p.gemeente_code AND c.id = p.client_id
           WHERE p.gemeente_code = $1 AND c.bsn = $2 AND p.aanbieder_agb = $3
             AND p.toewijzing_nummer IS NOT DISTINCT FROM $4::int AND p.product_categorie IS NOT DISTINCT FROM $5::char(2)
             AND p.product_code IS NOT DISTINCT FROM $6::char(5) AND p.begindatum = $7::date AND p.status = 'actueel'
           ORDER BY p.einddatum DESC, p.id DESC`,
    values: startValues(k),
  };
}

/** The current stop with exactly this key (TR063 for StatusAanlevering 3, TR074 for 1). */
export function findActueleStop(k: StopSleutel): SqlQuery {
  return {
    text: `SELECT p.id::text, p.reden_beeindiging, to_char(p.einddatum, 'YYYY-MM-DD') AS einddatum
           FROM stop_product p JOIN client c ON c.gemeente_code = p.gemeente_code AND c.id = p.client_id
           WHERE p.gemeente_code = $1 AND c.bsn = $2 AND p.aanbieder_agb = $3
             AND p.toewijzing_nummer IS NOT DISTINCT FROM $4::int AND p.product_categorie IS NOT DISTINCT FROM $5::char(2)
             AND p.product_code IS NOT DISTINCT FROM $6::char(5) AND p.begindatum = $7::date
             AND p.reden_beeindiging = $8 AND p.einddatum = $9::date AND p.status = 'actueel'`,
    values: [...startValues(k), k.redenBeeindiging, k.einddatum],
  };
}

export interface NieuweStart {
  gemeenteCode: string;
  clientId: string;
  aanbiederAgb: string;
  toewijzingNummer: number | null;
  toewijzingId: string | null;
  categorie: string | null;
  code: string | null;
  toewijzingIngangsdatum: string | null;
  begindatum: string;
  berichtId: string;
}

/** Record a StartProduct (StatusAanlevering 1). ON CONFLICT: the key is already current → no row (TR074 race). */
export function insertStart(s: NieuweStart): SqlQuery {
  return {
    text: `INSERT INTO start_product (gemeente_code, client_id, aanbieder_agb, toewijzing_nummer, toewijzing_id, product_categorie,
                                      product_code, toewijzing_ingangsdatum, begindatum, bericht_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
           ON CONFLICT DO NOTHING
           RETURNING id::text`,
    values: [s.gemeenteCode, s.clientId, s.aanbiederAgb, s.toewijzingNummer, s.toewijzingId, s.categorie, s.code,
      s.toewijzingIngangsdatum, s.begindatum, s.berichtId],
  };
}

/** StatusAanlevering 3: the current row with this id is removed (kept, marked 'verwijderd', with the message that removed it). */
export function verwijderStart(gemeenteCode: string, id: string, berichtId: string): SqlQuery {
  return {
    text: `UPDATE start_product SET status = 'verwijderd', verwijderd_bericht_id = $3
           WHERE gemeente_code = $1 AND id = $2 AND status = 'actueel' RETURNING id::text`,
    values: [gemeenteCode, id, berichtId],
  };
}

export interface NieuweStop extends NieuweStart {
  startProductId: string | null;
  redenBeeindiging: string;
  einddatum: string;
}

export function insertStop(s: NieuweStop): SqlQuery {
  return {
    text: `INSERT INTO stop_product (gemeente_code, client_id, aanbieder_agb, toewijzing_nummer, toewijzing_id, start_product_id,
                                     product_categorie, product_code, toewijzing_ingangsdatum, begindatum, reden_beeindiging,
                                     einddatum, bericht_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
           ON CONFLICT DO NOTHING
           RETURNING id::text`,
    values: [s.gemeenteCode, s.clientId, s.aanbiederAgb, s.toewijzingNummer, s.toewijzingId, s.startProductId, s.categorie,
      s.code, s.toewijzingIngangsdatum, s.begindatum, s.redenBeeindiging, s.einddatum, s.berichtId],
  };
}

export function verwijderStop(gemeenteCode: string, id: string, berichtId: string): SqlQuery {
  return {
    text: `UPDATE stop_product SET status = 'verwijderd', verwijderd_bericht_id = $3
           WHERE gemeente_code = $1 AND id = $2 AND status = 'actueel' RETURNING id::text`,
    values: [gemeenteCode, id, berichtId],
  };
}

/** A client's deliveries for the trajectory view (municipal). */
export function findStartsVanClient(gemeenteCode: string, clientId: string): SqlQuery {
  return {
    text: `SELECT id::text, aanbieder_agb, toewijzing_nummer, product_categorie, product_code,
                  to_char(toewijzing_ingangsdatum, 'YYYY-MM-DD') AS toewijzing_ingangsdatum,
                  to_char(begindatum, 'YYYY-MM-DD') AS begindatum, status, bericht_id::text, verwijderd_bericht_id::text
           FROM start_product WHERE gemeente_code = $1 AND client_id = $2 ORDER BY begindatum, id`,
    values: [gemeenteCode, clientId],
  };
}

export function findStopsVanClient(gemeenteCode: string, clientId: string): SqlQuery {
  return {
    text: `SELECT id::text, aanbieder_agb, toewijzing_nummer, product_categorie, product_code, start_product_id::text,
                  to_char(begindatum, 'YYYY-MM-DD') AS begindatum, reden_beeindiging,
                  to_char(einddatum, 'YYYY-MM-DD') AS einddatum, status, bericht_id::text, verwijderd_bericht_id::text
           FROM stop_product WHERE gemeente_code = $1 AND client_id = $2 ORDER BY begindatum, einddatum, id`,
    values: [gemeenteCode, clientId],
  };
}
