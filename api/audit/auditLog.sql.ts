/**
 * The audit log's statements (table: migration 1795540000000-AuditLog). Clients are named by pseudonym; the BSN never
 * enters this table.
 */
import type { SqlQuery } from '../../integration/store/SqlQuery';

/** Who did it: the role's scope string and the token's subject. */
export interface Actor {
  rol: string;
  subject: string | null;
}

export interface Lezing {
  veld: string;
  gemeenteCode: string;
  clientId: string;
  velden: readonly string[];
}

/**
 * One row per client read; the pseudonym looked up by the client's key (client_pkey). The municipality array is
 * char(4)[] like the column: as text[] PostgreSQL compared `gemeente_code::text` and joined by a sequential scan of
 * all clients (26 ms per 100 reads at 80,000 clients, growing with the table; test/audit.plan.test.ts).
 */
export function insertLezingen(wie: Actor, operatie: string | null, lezingen: readonly Lezing[]): SqlQuery {
  return {
    text: `INSERT INTO audit_log (rol, subject, soort, operatie, veld, gemeente_code, pseudoniem, velden)
           SELECT $1, $2, 'lezen', $3, x.veld, c.gemeente_code, c.pseudoniem, string_to_array(x.velden, ',')
             FROM unnest($4::text[], $5::char(4)[], $6::bigint[], $7::text[]) WITH ORDINALITY AS x(veld, gemeente_code, client_id, velden, n)
             JOIN client c ON c.gemeente_code = x.gemeente_code AND c.id = x.client_id
            ORDER BY x.n`,
    values: [wie.rol, wie.subject, operatie, lezingen.map((l) => l.veld), lezingen.map((l) => l.gemeenteCode), lezingen.map((l) => l.clientId),
      lezingen.map((l) => [...l.velden].sort().join(','))],
  };
}

/**
 * A change: one row per client the change's outbound message (JW301/JW319) is about — every care decision produces
 * one, linked to its clients in bericht_koppeling (bericht_koppeling_uniq leads with bericht_id). Run in the change's
 * own transaction, so a change without its audit row cannot commit.
 */
export function insertWijziging(wie: Actor, operatie: string | null, veld: string, berichtId: string): SqlQuery {
  return {
    text: `INSERT INTO audit_log (rol, subject, soort, operatie, veld, gemeente_code, pseudoniem)
           SELECT DISTINCT $1, $2, 'wijzigen', $3, $4, c.gemeente_code, c.pseudoniem
             FROM bericht b
             JOIN bericht_koppeling k ON k.bericht_id = b.id
             JOIN client c ON c.gemeente_code = b.gemeente_code AND c.id = k.client_id
            WHERE b.id = $5`,
    values: [wie.rol, wie.subject, operatie, veld, berichtId],
  };
}

export interface AuditFilter {
  pseudoniem?: string | null;
  rol?: string | null;
  operatie?: string | null;
  van?: Date | null;
  tot?: Date | null;
}

export interface AuditRij extends Record<string, unknown> {
  id: string;
  tijdstip: Date;
  rol: string;
  subject: string | null;
  soort: 'lezen' | 'wijzigen';
  operatie: string | null;
  veld: string;
  gemeente_code: string;
  pseudoniem: string;
  velden: string[];
  sort_key: string;
}

function where(f: AuditFilter, values: unknown[]): string[] {
  const w: string[] = [];
  const p = (v: unknown) => `$${values.push(v)}`;
  // Each equality filter leads one index (audit_log_{pseudoniem,rol,operatie}_idx); the period is its range part.
  if (f.pseudoniem) w.push(`pseudoniem = ${p(f.pseudoniem)}`);
  if (f.rol) w.push(`rol = ${p(f.rol)}`);
  if (f.operatie) w.push(`operatie = ${p(f.operatie)}`);
  if (f.van) w.push(`tijdstip >= ${p(f.van)}`);
  if (f.tot) w.push(`tijdstip < ${p(f.tot)}`);
  return w;
}

/**
 * One keyset page, newest first on (tijdstip, id): `vooruit` walks to older rows after `cursor`, backward to newer ones
 * before it. LIMIT limit + 1 tells whether another page exists. The cursor key is the timestamp as text (microseconds
 * kept: a JS Date would round them away).
 */
export function findAuditPage(f: AuditFilter, cursor: [string, string] | null, vooruit: boolean, limit: number): SqlQuery {
  const values: unknown[] = [];
  const w = where(f, values);
  if (cursor) w.push(`(tijdstip, id) ${vooruit ? '<' : '>'} ($${values.push(cursor[0])}::timestamptz, $${values.push(cursor[1])}::bigint)`);
  const richting = vooruit ? 'DESC' : 'ASC';
  return {
    text: `SELECT id::text, tijdstip, rol, subject, soort, operatie, veld, gemeente_code, pseudoniem, velden,
                  to_char(tijdstip AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS sort_key
             FROM audit_log ${w.length ? `WHERE ${w.join(' AND ')}` : ''}
            ORDER BY tijdstip ${richting}, id ${richting} LIMIT $${values.push(limit + 1)}`,
    values,
  };
}

export function countAudit(f: AuditFilter): SqlQuery {
  const values: unknown[] = [];
  const w = where(f, values);
  return { text: `SELECT count(*)::int AS n FROM audit_log ${w.length ? `WHERE ${w.join(' AND ')}` : ''}`, values };
}
