/** SQL on table `prestatie` (migration 1795420000000-Declaraties): multi-row writes with unnest arrays. */
import type { SqlQuery } from '../store/SqlQuery.js';

export interface PrestatieBoeking {
  volgnummer: number;
  clientVolgnummer: number;
  prestatieIndex: number;
  bsn: string;
  clientId: string | null;
  toewijzingId: string | null;
  toewijzingNummer: number;
  referentieNummer: string;
  vorigReferentieNummer: string | null;
  productCategorie: string;
  productCode: string;
  productId: string | null;
  segmentId: string | null;
  contractId: string | null;
  begin: string;
  eind: string;
  volume: number;
  eenheid: string;
  tarief: number | null;
  bedrag: number;
  dc: 'D' | 'C';
  volumeToewijzing: number | null;
  verwachtTarief: number | null;
  toegekend: boolean;
  retourcodes: string[];
  redenen: string[];
  clientRetourcodes: string[];
  crediteert: string | null;
}

/** Arrays of arrays cannot go through unnest (it flattens); codes are joined with ',' and split in SQL. */
const lijst = (a: string[]) => a.join('\u001f');

/** One statement for a whole chunk of prestaties. */
export function insertPrestaties(gemeente: string, aanbieder: string, declaratieId: string, rows: readonly PrestatieBoeking[]): SqlQuery {
  const col = <T>(f: (r: PrestatieBoeking) => T) => rows.map(f);
  return {
    text: `INSERT INTO prestatie (gemeente_code, aanbieder_agb, declaratie_id, volgnummer, client_volgnummer, prestatie_index, bsn, client_id,
             toewijzing_id, toewijzing_nummer, referentie_nummer, vorig_referentie_nummer, product_categorie, product_code, product_id,
             segment_id, contract_id, periode_begin, periode_eind, geleverd_volume, eenheid, product_tarief_cents, ingediend_cents,
             debet_credit, volume_toewijzing, verwacht_tarief_cents, toegekend, retourcodes, redenen, client_retourcodes, crediteert)
           SELECT $1, $2, $3, u.volgnummer, u.client_volgnummer, u.prestatie_index, u.bsn, u.client_id, u.toewijzing_id, u.toewijzing_nummer,
                  u.referentie_nummer, u.vorig_referentie_nummer, u.product_categorie, u.product_code, u.product_id, u.segment_id, u.contract_id,
                  u.periode_begin, u.periode_eind, u.geleverd_volume, u.eenheid, u.product_tarief_cents, u.ingediend_cents, u.debet_credit,
                  u.volume_toewijzing, u.verwacht_tarief_cents, u.toegekend,
                  CASE WHEN u.retourcodes = '' THEN '{}'::text[] ELSE string_to_array(u.retourcodes, E'\\x1f') END,
                  CASE WHEN u.redenen = '' THEN '{}'::text[] ELSE string_to_array(u.redenen, E'\\x1f') END,
                  CASE WHEN u.client_retourcodes = '' THEN '{}'::text[] ELSE string_to_array(u.client_retourcodes, E'\\x1f') END,
                  u.crediteert
           FROM unnest($4::int[], $5::int[], $6::int[], $7::text[], $8::bigint[], $9::bigint[], $10::int[], $11::text[], $12::text[],
                       $13::text[], $14::text[], $15::uuid[], $16::uuid[], $17::uuid[], $18::date[], $19::date[], $20::bigint[], $21::text[],
                       $22::bigint[], $23::bigint[], $24::text[], $25::numeric[], $26::bigint[], $27::boolean[], $28::text[], $29::text[],
                       $30::text[], $31::bigint[])
             AS u(volgnummer, client_volgnummer, prestatie_index, bsn, client_id, toewijzing_id, toewijzing_nummer, referentie_nummer,
                  vorig_referentie_nummer, product_categorie, product_code, product_id, segment_id, contract_id, periode_begin, periode_eind,
                  geleverd_volume, eenheid, product_tarief_cents, ingediend_cents, debet_credit, volume_toewijzing, verwacht_tarief_cents,
                  toegekend, retourcodes, redenen, client_retourcodes, crediteert)`,
    values: [
      gemeente, aanbieder, declaratieId,
      col((r) => r.volgnummer), col((r) => r.clientVolgnummer), col((r) => r.prestatieIndex), col((r) => r.bsn), col((r) => r.clientId),
      col((r) => r.toewijzingId), col((r) => r.toewijzingNummer), col((r) => r.referentieNummer), col((r) => r.vorigReferentieNummer),
      col((r) => r.productCategorie), col((r) => r.productCode), col((r) => r.productId), col((r) => r.segmentId), col((r) => r.contractId),
      col((r) => r.begin), col((r) => r.eind), col((r) => r.volume), col((r) => r.eenheid), col((r) => r.tarief), col((r) => r.bedrag),
      col((r) => r.dc), col((r) => r.volumeToewijzing), col((r) => r.verwachtTarief), col((r) => r.toegekend), col((r) => lijst(r.retourcodes)),
      col((r) => lijst(r.redenen)), col((r) => lijst(r.clientRetourcodes)), col((r) => r.crediteert),
    ],
  };
}

/** The debets reversed by the approved credits of this declaration with volgnummer in $3 get their link. */
export function markeerGecrediteerd(gemeente: string, declaratieId: string, volgnummers: number[]): SqlQuery {
  return {
    text: `UPDATE prestatie d SET gecrediteerd_door = c.id
           FROM prestatie c
           WHERE c.gemeente_code = $1 AND c.declaratie_id = $2 AND c.volgnummer = ANY($3::int[]) AND c.crediteert IS NOT NULL
             AND d.gemeente_code = c.gemeente_code AND d.id = c.crediteert`,
    values: [gemeente, declaratieId, volgnummers],
  };
}

export interface AfgewezenPrestatieRij {
  volgnummer: number;
  client_volgnummer: number;
  bsn: string;
  referentie_nummer: string;
  vorig_referentie_nummer: string | null;
  toewijzing_nummer: number;
  product_categorie: string;
  product_code: string;
  periode_begin: string;
  periode_eind: string;
  geleverd_volume: string;
  eenheid: string;
  product_tarief_cents: string | null;
  ingediend_cents: string;
  debet_credit: string;
  retourcodes: string[];
  client_retourcodes: string[];
}

/** The JW325 writer: a page of rejected prestaties in message order (keyset on volgnummer). Served by prestatie_declaratie_idx. */
export function selectAfgewezenPagina(gemeente: string, declaratieId: string, naVolgnummer: number, limit: number): SqlQuery {
  return {
    text: `SELECT volgnummer, client_volgnummer, bsn, referentie_nummer, vorig_referentie_nummer, toewijzing_nummer, product_categorie,
                  product_code, periode_begin::text, periode_eind::text, geleverd_volume::text, eenheid, product_tarief_cents::text,
                  ingediend_cents::text, debet_credit, retourcodes, client_retourcodes
           FROM prestatie
           WHERE gemeente_code = $1 AND declaratie_id = $2 AND volgnummer > $3 AND NOT toegekend
           ORDER BY volgnummer LIMIT $4`,
    values: [gemeente, declaratieId, naVolgnummer, limit],
  };
}

/**
 * In-message rules across chunks (the streaming path; each chunk was checked on its own already):
 * TR315 VorigReferentieNummer unique in the message, TR316 no debet credited in the same message,
 * TR416 one debet per ProductPeriode + product + toewijzing. Returns the first violation found.
 */
export function selectDubbelInBericht(gemeente: string, declaratieId: string): SqlQuery {
  return {
    text: `SELECT 'TR315' AS regel, min(volgnummer) AS volgnummer FROM prestatie
             WHERE gemeente_code = $1 AND declaratie_id = $2 AND vorig_referentie_nummer IS NOT NULL
             GROUP BY vorig_referentie_nummer HAVING count(*) > 1
           UNION ALL
           SELECT 'TR316', min(c.volgnummer) FROM prestatie c JOIN prestatie d
             ON d.gemeente_code = c.gemeente_code AND d.declaratie_id = c.declaratie_id AND d.referentie_nummer = c.vorig_referentie_nummer AND d.debet_credit = 'D'
             WHERE c.gemeente_code = $1 AND c.declaratie_id = $2 AND c.debet_credit = 'C'
           HAVING count(*) > 0
           UNION ALL
           SELECT 'TR416', min(volgnummer) FROM prestatie
             WHERE gemeente_code = $1 AND declaratie_id = $2 AND debet_credit = 'D'
             GROUP BY bsn, toewijzing_nummer, product_categorie, product_code, periode_begin, periode_eind HAVING count(*) > 1
           LIMIT 1`,
    values: [gemeente, declaratieId],
  };
}
