/**
 * SQL on `toewijzing` and `toewijzing_historie` (migration 1795380000000-CareTables).
 * Lookups by number use toewijzing_nummer_uniq (gemeente_code, toewijzing_nummer); the JW301 builder and the
 * trajectory use toewijzing_client_aanbieder_idx (gemeente_code, client_id, aanbieder_agb).
 */
import type { SqlQuery } from '../store/SqlQuery.js';

export interface ToewijzingRij {
  gemeente_code: string;
  id: string;
  toewijzing_nummer: number;
  aanbieder_agb: string;
  client_id: string;
  product_id: string | null;
  product_categorie: string | null;
  product_code: string | null;
  contract_id: string;
  tariff_id: string | null;
  ingangsdatum: string;
  einddatum: string | null;
  volume: number | null;
  eenheid: string | null;
  frequentie: string | null;
  budget_cents: number | null;
  reden_wijziging: string | null;
  status: 'actueel' | 'verwijderd';
  toewijzingsdatum: string;
  toewijzingstijd: string;
  referentie_aanbieder: string | null;
  verzoek_id: string | null;
  commentaar: string | null;
  jw302_status: string | null;
  jw302_retourcodes: string[];
  laatste_bericht_id: string | null;
}

export const TOEWIJZING_KOLOMMEN = `t.gemeente_code, t.id::text, t.toewijzing_nummer, t.aanbieder_agb, t.client_id::text, t.product_id,
  t.product_categorie, t.product_code, t.contract_id, t.tariff_id, to_char(t.ingangsdatum, 'YYYY-MM-DD') AS ingangsdatum,
  to_char(t.einddatum, 'YYYY-MM-DD') AS einddatum, t.volume, t.eenheid, t.frequentie, t.budget_cents::float8 AS budget_cents,
  t.reden_wijziging, t.status, to_char(t.toewijzingsdatum, 'YYYY-MM-DD') AS toewijzingsdatum,
  to_char(t.toewijzingstijd, 'HH24:MI:SS') AS toewijzingstijd, t.referentie_aanbieder, t.verzoek_id::text, t.commentaar,
  t.jw302_status, t.jw302_retourcodes, t.laatste_bericht_id::text`;

/** TR019: the allocation a JW305/JW307 refers to; a removed allocation (JZ002 13) counts as never sent. */
export function findToewijzingVoorLevering(gemeenteCode: string, nummer: number, aanbiederAgb: string, bsn: string): SqlQuery {
  return {
    text: `SELECT t.id::text, to_char(t.ingangsdatum, 'YYYY-MM-DD') AS ingangsdatum
           FROM toewijzing t JOIN client c ON c.gemeente_code = t.gemeente_code AND c.id = t.client_id
           WHERE t.gemeente_code = $1 AND t.toewijzing_nummer = $2 AND t.aanbieder_agb = $3 AND c.bsn = $4
             AND t.status = 'actueel'`,
    values: [gemeenteCode, nummer, aanbiederAgb, bsn],
  };
}

export function findToewijzing(gemeenteCode: string, id: string, forUpdate = false): SqlQuery {
  return {
    text: `SELECT ${TOEWIJZING_KOLOMMEN} FROM toewijzing t WHERE t.gemeente_code = $1 AND t.id = $2${forUpdate ? ' FOR UPDATE' : ''}`,
    values: [gemeenteCode, id],
  };
}

export function findToewijzingByNummer(gemeenteCode: string, nummer: number): SqlQuery {
  return {
    text: `SELECT ${TOEWIJZING_KOLOMMEN} FROM toewijzing t WHERE t.gemeente_code = $1 AND t.toewijzing_nummer = $2`,
    values: [gemeenteCode, nummer],
  };
}

/**
 * OP087: what a JW301 for this client and provider contains: every allocation valid on or after the
 * dagtekening (removed ones excluded) plus the ones changed by this operation.
 */
export function findToewijzingenVoorBericht(gemeenteCode: string, clientId: string, aanbiederAgb: string, dagtekening: string,
  gewijzigd: readonly string[]): SqlQuery {
  return {
    text: `SELECT ${TOEWIJZING_KOLOMMEN} FROM toewijzing t
           WHERE t.gemeente_code = $1 AND t.client_id = $2 AND t.aanbieder_agb = $3
             AND ((t.status = 'actueel' AND (t.einddatum IS NULL OR t.einddatum >= $4::date)) OR t.id = ANY($5::bigint[]))
           ORDER BY t.toewijzing_nummer`,
    values: [gemeenteCode, clientId, aanbiederAgb, dagtekening, gewijzigd],
  };
}

/** TR349/TR350/TR351: current allocations of a client at a provider as of a date (removed ones excluded). */
export function findActueleToewijzingen(gemeenteCode: string, bsn: string, aanbiederAgb: string, peildatum: string): SqlQuery {
  return {
    text: `SELECT ${TOEWIJZING_KOLOMMEN} FROM toewijzing t JOIN client c ON c.gemeente_code = t.gemeente_code AND c.id = t.client_id
           WHERE t.gemeente_code = $1 AND c.bsn = $2 AND t.aanbieder_agb = $3 AND t.status = 'actueel'
             AND (t.einddatum IS NULL OR t.einddatum >= $4::date)
           ORDER BY t.toewijzing_nummer`,
    values: [gemeenteCode, bsn, aanbiederAgb, peildatum],
  };
}

export function findToewijzingenVanClient(gemeenteCode: string, clientId: string): SqlQuery {
  return {
    text: `SELECT ${TOEWIJZING_KOLOMMEN} FROM toewijzing t WHERE t.gemeente_code = $1 AND t.client_id = $2
           ORDER BY t.aanbieder_agb, t.toewijzing_nummer`,
    values: [gemeenteCode, clientId],
  };
}

export function nextToewijzingNummer(): SqlQuery {
  return { text: `SELECT nextval('toewijzing_nummer_seq')::int AS nummer`, values: [] };
}

export interface NieuweToewijzing {
  gemeenteCode: string;
  toewijzingNummer: number;
  aanbiederAgb: string;
  clientId: string;
  productId: string | null;
  categorie: string | null;
  code: string | null;
  contractId: string;
  tariffId: string | null;
  ingangsdatum: string;
  einddatum: string | null;
  volume: number | null;
  eenheid: string | null;
  frequentie: string | null;
  budgetCents: number | null;
  referentieAanbieder: string | null;
  verzoekId: string | null;
  commentaar: string | null;
  toewijzingsdatum: string;
  toewijzingstijd: string;
}

export function insertToewijzing(t: NieuweToewijzing): SqlQuery {
  return {
    text: `INSERT INTO toewijzing (gemeente_code, toewijzing_nummer, aanbieder_agb, client_id, product_id, product_categorie, product_code,
                                   contract_id, tariff_id, ingangsdatum, einddatum, volume, eenheid, frequentie, budget_cents,
                                   referentie_aanbieder, verzoek_id, commentaar, toewijzingsdatum, toewijzingstijd, toegewezen_op)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $19)
           RETURNING id::text`,
    values: [t.gemeenteCode, t.toewijzingNummer, t.aanbiederAgb, t.clientId, t.productId, t.categorie, t.code, t.contractId,
      t.tariffId, t.ingangsdatum, t.einddatum, t.volume, t.eenheid, t.frequentie, t.budgetCents, t.referentieAanbieder,
      t.verzoekId, t.commentaar, t.toewijzingsdatum, t.toewijzingstijd],
  };
}

export interface ToewijzingWijziging {
  einddatum: string | null;
  volume: number | null;
  eenheid: string | null;
  frequentie: string | null;
  budgetCents: number | null;
  redenWijziging: string | null;
  status: 'actueel' | 'verwijderd';
  contractId: string;
  tariffId: string | null;
  referentieAanbieder: string | null;
  verzoekId: string | null;
  toewijzingsdatum: string;
  toewijzingstijd: string;
}

export function updateToewijzing(gemeenteCode: string, id: string, w: ToewijzingWijziging): SqlQuery {
  return {
    text: `UPDATE toewijzing SET einddatum = $3, volume = $4, eenheid = $5, frequentie = $6, budget_cents = $7, reden_wijziging = $8,
                  status = $9, contract_id = $10, tariff_id = $11, referentie_aanbieder = coalesce($12, referentie_aanbieder),
                  verzoek_id = coalesce($13, verzoek_id), toewijzingsdatum = $14, toewijzingstijd = $15, updated_at = now()
           WHERE gemeente_code = $1 AND id = $2`,
    values: [gemeenteCode, id, w.einddatum, w.volume, w.eenheid, w.frequentie, w.budgetCents, w.redenWijziging, w.status,
      w.contractId, w.tariffId, w.referentieAanbieder, w.verzoekId, w.toewijzingsdatum, w.toewijzingstijd],
  };
}

/** The JW301 that carried the allocations: link and await its JW302. */
export function markVerzonden(gemeenteCode: string, ids: readonly string[], berichtId: string): SqlQuery {
  return {
    text: `UPDATE toewijzing SET laatste_bericht_id = $3, jw302_status = 'verzonden', jw302_retourcodes = '{}', updated_at = now()
           WHERE gemeente_code = $1 AND id = ANY($2::bigint[])`,
    values: [gemeenteCode, ids, berichtId],
  };
}

/** JW302 received for our JW301 (matched by laatste_bericht_id): the allocation's return state. */
export function markJW302(berichtId: string, nummer: number, status: 'ontvangen' | 'afgekeurd', codes: readonly string[]): SqlQuery {
  return {
    text: `UPDATE toewijzing SET jw302_status = $3, jw302_retourcodes = $4, updated_at = now()
           WHERE laatste_bericht_id = $1 AND toewijzing_nummer = $2 RETURNING id::text`,
    values: [berichtId, nummer, status, codes],
  };
}

/** A JW302 without classes (IV028: the JW301 approved or refused as a whole): every allocation the JW301 carried. */
export function markJW302Bericht(berichtId: string, status: 'ontvangen' | 'afgekeurd', codes: readonly string[]): SqlQuery {
  return {
    text: `UPDATE toewijzing SET jw302_status = $2, jw302_retourcodes = $3, updated_at = now()
           WHERE laatste_bericht_id = $1 RETURNING id::text`,
    values: [berichtId, status, codes],
  };
}

export type HistorieActie = 'toegewezen' | 'gewijzigd' | 'verkort' | 'ingetrokken' | 'verwijderd';

/** A snapshot of the allocation as it is now, with what happened and the message that will carry it. */
export function insertHistorie(gemeenteCode: string, toewijzingId: string, actie: HistorieActie, berichtId: string | null): SqlQuery {
  return {
    text: `INSERT INTO toewijzing_historie (gemeente_code, toewijzing_id, actie, reden_wijziging, ingangsdatum, einddatum, volume,
                                            eenheid, frequentie, budget_cents, contract_id, tariff_id, verzoek_id, bericht_id)
           SELECT gemeente_code, id, $3, reden_wijziging, ingangsdatum, einddatum, volume, eenheid, frequentie, budget_cents,
                  contract_id, tariff_id, verzoek_id, $4
           FROM toewijzing WHERE gemeente_code = $1 AND id = $2
           RETURNING id::text`,
    values: [gemeenteCode, toewijzingId, actie, berichtId],
  };
}

export function setHistorieBericht(gemeenteCode: string, historieIds: readonly string[], berichtId: string): SqlQuery {
  return {
    text: `UPDATE toewijzing_historie SET bericht_id = $3 WHERE gemeente_code = $1 AND id = ANY($2::bigint[])`,
    values: [gemeenteCode, historieIds, berichtId],
  };
}

export function findHistorie(gemeenteCode: string, toewijzingId: string): SqlQuery {
  return {
    text: `SELECT id::text, actie, reden_wijziging, to_char(ingangsdatum, 'YYYY-MM-DD') AS ingangsdatum,
                  to_char(einddatum, 'YYYY-MM-DD') AS einddatum, volume, eenheid, frequentie, budget_cents::float8 AS budget_cents,
                  contract_id, tariff_id, verzoek_id::text, bericht_id::text, gewijzigd_op
           FROM toewijzing_historie WHERE gemeente_code = $1 AND toewijzing_id = $2 ORDER BY id`,
    values: [gemeenteCode, toewijzingId],
  };
}
