/**
 * SQL on table `client` (migration 1795380000000-CareTables). The BSN is read here and in the municipal
 * views only; everything else joins on (gemeente_code, id) or uses the pseudoniem.
 */
import type { SqlQuery } from '../store/SqlQuery.js';

export interface ClientRij {
  gemeente_code: string;
  id: string;
  bsn: string;
  pseudoniem: string;
  geboortedatum: string | null;
  persoonsgegevens: Record<string, unknown>;
}

const KOLOMMEN = `gemeente_code, id::text, bsn, pseudoniem, to_char(geboortedatum, 'YYYY-MM-DD') AS geboortedatum, persoonsgegevens`;

/**
 * Insert the client or return the existing one (client_bsn_uniq). Known personal data is refreshed with what
 * was given (the latest message or entry wins); geboortedatum only when given.
 */
export function upsertClient(gemeenteCode: string, bsn: string, pseudoniem: string, geboortedatum: string | null,
  persoonsgegevens: Record<string, unknown> | null): SqlQuery {
  return {
    text: `INSERT INTO client (gemeente_code, bsn, pseudoniem, geboortedatum, persoonsgegevens)
           VALUES ($1, $2, $3, $4, coalesce($5::jsonb, '{}'))
           ON CONFLICT (gemeente_code, bsn) DO UPDATE
             SET geboortedatum = coalesce(EXCLUDED.geboortedatum, client.geboortedatum),
                 persoonsgegevens = client.persoonsgegevens || coalesce($5::jsonb, '{}'),
                 updated_at = now()
           RETURNING ${KOLOMMEN}`,
    values: [gemeenteCode, bsn, pseudoniem, geboortedatum, persoonsgegevens ? JSON.stringify(persoonsgegevens) : null],
  };
}

export function findClientByBsn(gemeenteCode: string, bsn: string): SqlQuery {
  return { text: `SELECT ${KOLOMMEN} FROM client WHERE gemeente_code = $1 AND bsn = $2`, values: [gemeenteCode, bsn] };
}

export function findClient(gemeenteCode: string, id: string): SqlQuery {
  return { text: `SELECT ${KOLOMMEN} FROM client WHERE gemeente_code = $1 AND id = $2`, values: [gemeenteCode, id] };
}

export function findClientByPseudoniem(pseudoniem: string): SqlQuery {
  return { text: `SELECT ${KOLOMMEN} FROM client WHERE pseudoniem = $1`, values: [pseudoniem] };
}
