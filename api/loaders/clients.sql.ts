/**
 * Clients by key for Toewijzing.client: one statement per batch, the keys as two parallel arrays joined on the
 * primary key client_pkey (gemeente_code, id). The BSN and birth date are read only when the query selects them
 * (their field rule still decides who sees them: api/auth/beleid.ts PERSOONSGEGEVENS).
 */
import type { Sql } from './rows';

export interface ClientSleutel {
  gemeenteCode: string;
  id: string;
}

export function clientsByKeysSql(keys: readonly ClientSleutel[], persoonsgegevens: boolean): Sql {
  const extra = persoonsgegevens ? `, c.bsn, to_char(c.geboortedatum, 'YYYY-MM-DD') AS geboortedatum` : '';
  return {
    text: `SELECT c.gemeente_code, c.id::text, c.pseudoniem${extra}
           FROM unnest($1::char(4)[], $2::bigint[]) AS k(gemeente_code, id)
           JOIN client c ON c.gemeente_code = k.gemeente_code AND c.id = k.id`,
    values: [keys.map((k) => k.gemeenteCode), keys.map((k) => k.id)],
  };
}
