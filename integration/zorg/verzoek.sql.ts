/**
 * SQL on `verzoek`: one row per ReferentieAanbieder of a JW315 AangevraagdProduct or a JW317 Verzoek. The municipality
 * answers per ReferentieAanbieder (JW319) or honours it with a JW301. Served by verzoek_referentie_idx
 * (aanbieder_agb, referentie_aanbieder) and verzoek_open_idx (open requests of a client at a provider).
 */
import type { SqlQuery } from '../store/SqlQuery.js';

export type VerzoekStatus = 'ontvangen' | 'onderzoek' | 'toegewezen' | 'afgewezen';

export interface VerzoekRij {
  gemeente_code: string;
  id: string;
  soort: 'JW315' | 'JW317';
  aanbieder_agb: string;
  client_id: string;
  referentie_aanbieder: string;
  gevraagd: Record<string, unknown>;
  reden_verzoek: string | null;
  status: VerzoekStatus;
  reden_afwijzing: string | null;
  woonplaats_gemeente: string | null;
  bericht_id: string;
  ontvangen_op: string;
  onderzoek_bericht_id: string | null;
  besluit_bericht_id: string | null;
}

const KOLOMMEN = `v.gemeente_code, v.id::text, v.soort, v.aanbieder_agb, v.client_id::text, v.referentie_aanbieder, v.gevraagd, v.reden_verzoek,
  v.status, v.reden_afwijzing, v.woonplaats_gemeente, v.bericht_id::text, to_char(v.ontvangen_op, 'YYYY-MM-DD') AS ontvangen_op,
  v.onderzoek_bericht_id::text, v.besluit_bericht_id::text`;

export interface NieuwVerzoek {
  gemeenteCode: string;
  soort: 'JW315' | 'JW317';
  aanbiederAgb: string;
  clientId: string;
  referentieAanbieder: string;
  gevraagd: unknown;
  redenVerzoek: string | null;
  berichtId: string;
  ontvangenOp: string;
}

/** ON CONFLICT: the reference is already taken (TR347 race) → no row. */
export function insertVerzoek(v: NieuwVerzoek): SqlQuery {
  return {
    text: `INSERT INTO verzoek (gemeente_code, soort, aanbieder_agb, client_id, referentie_aanbieder, gevraagd, reden_verzoek, bericht_id, ontvangen_op)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING id::text`,
    values: [v.gemeenteCode, v.soort, v.aanbiederAgb, v.clientId, v.referentieAanbieder, JSON.stringify(v.gevraagd), v.redenVerzoek, v.berichtId, v.ontvangenOp],
  };
}

/** TR347/TR355/TR359/TR360/TR365/TR379: the requests of a provider with this reference (any municipality of the platform). */
export function findVerzoekenByReferentie(aanbiederAgb: string, referentie: string): SqlQuery {
  return { text: `SELECT ${KOLOMMEN} FROM verzoek v WHERE v.aanbieder_agb = $1 AND v.referentie_aanbieder = $2`, values: [aanbiederAgb, referentie] };
}

/** TR374: open requests (received or under investigation) of this client at this provider. */
export function findOpenVerzoeken(gemeenteCode: string, bsn: string, aanbiederAgb: string): SqlQuery {
  return {
    text: `SELECT ${KOLOMMEN} FROM verzoek v JOIN client c ON c.gemeente_code = v.gemeente_code AND c.id = v.client_id
           WHERE v.gemeente_code = $1 AND c.bsn = $2 AND v.aanbieder_agb = $3 AND v.status IN ('ontvangen', 'onderzoek')`,
    values: [gemeenteCode, bsn, aanbiederAgb],
  };
}

export function findVerzoek(gemeenteCode: string, id: string, forUpdate = false): SqlQuery {
  return { text: `SELECT ${KOLOMMEN} FROM verzoek v WHERE v.gemeente_code = $1 AND v.id = $2${forUpdate ? ' FOR UPDATE' : ''}`, values: [gemeenteCode, id] };
}

export function findVerzoekenVanClient(gemeenteCode: string, clientId: string): SqlQuery {
  return { text: `SELECT ${KOLOMMEN} FROM verzoek v WHERE v.gemeente_code = $1 AND v.client_id = $2 ORDER BY v.id`, values: [gemeenteCode, clientId] };
}

export function markOnderzoek(gemeenteCode: string, id: string, berichtId: string): SqlQuery {
  return {
    text: `UPDATE verzoek SET status = 'onderzoek', onderzoek_bericht_id = $3, updated_at = now() WHERE gemeente_code = $1 AND id = $2`,
    values: [gemeenteCode, id, berichtId],
  };
}

export function markBesluit(gemeenteCode: string, id: string, status: 'toegewezen' | 'afgewezen', berichtId: string,
  redenAfwijzing: string | null, woonplaatsGemeente: string | null): SqlQuery {
  return {
    text: `UPDATE verzoek SET status = $3, besluit_bericht_id = $4, reden_afwijzing = $5, woonplaats_gemeente = $6, besloten_op = now(), updated_at = now()
           WHERE gemeente_code = $1 AND id = $2`,
    values: [gemeenteCode, id, status, berichtId, redenAfwijzing, woonplaatsGemeente],
  };
}

/** TR359: has an allocation been sent with this reference? */
export function findToewijzingMetReferentie(aanbiederAgb: string, referentie: string): SqlQuery {
  return {
    text: `SELECT t.id::text FROM toewijzing t WHERE t.aanbieder_agb = $1 AND t.referentie_aanbieder = $2 AND t.laatste_bericht_id IS NOT NULL LIMIT 1`,
    values: [aanbiederAgb, referentie],
  };
}
