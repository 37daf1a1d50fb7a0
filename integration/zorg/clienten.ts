/** Finding or creating the client of a message or a municipal entry; the pseudonym is computed here, once. */
import type { Queryable } from '../rules/Regel.js';
import { one } from '../store/SqlQuery.js';
import { findClientByBsn, upsertClient, type ClientRij } from './client.sql.js';
import { pseudoniem } from './pseudoniem.js';

export interface ClientGegevens {
  bsn: string;
  geboortedatum?: string | null;
  /** Geslacht, Naam, Contactgegevens … as the JW301 needs them (iJw element names). */
  persoonsgegevens?: Record<string, unknown> | null;
}

export async function ensureClient(db: Queryable, gemeenteCode: string, c: ClientGegevens): Promise<ClientRij> {
  return (await one<ClientRij & Record<string, unknown>>(
    db,
    upsertClient(gemeenteCode, c.bsn, pseudoniem(c.bsn), c.geboortedatum ?? null, c.persoonsgegevens ?? null),
  ))!;
}

export async function findClient(db: Queryable, gemeenteCode: string, bsn: string): Promise<ClientRij | undefined> {
  return one<ClientRij & Record<string, unknown>>(db, findClientByBsn(gemeenteCode, bsn));
}
