/**
 * A projection whose rows belong to one client (gemeente_code, client_id): the refresh deletes the touched clients'
 * rows and re-inserts them with the rebuild's own statement restricted to those clients (zorgFeiten.sql.ts Beperking),
 * so incremental equals recomputation by construction. Concurrent refreshes of a client are serialised (vergrendel.sql.ts).
 */
import type { Queryable } from '../rules/Regel.js';
import type { SqlQuery } from '../store/SqlQuery.js';
import type { Geraakt, Projectie } from './Projectie.js';
import type { Clienten } from './zorgFeiten.sql.js';
import { vergrendel } from './vergrendel.sql.js';

export interface PerClientSql {
  /** The table (its client index: (gemeente_code, client_id)). */
  tabel: string;
  /** INSERT … SELECT of the projection's rows of `clienten` (null: all), the same text for both. */
  vul: (clienten: Clienten) => SqlQuery;
}

export function wisClienten(tabel: string, g: Geraakt): SqlQuery {
  return {
    text: `DELETE FROM ${tabel} WHERE (gemeente_code, client_id) IN (SELECT k.g, k.c FROM unnest($1::char(4)[], $2::bigint[]) AS k(g, c))`,
    values: [g.clienten.map((c) => c.gemeenteCode), g.clienten.map((c) => c.clientId)],
  };
}

export function perClient(naam: string, sql: PerClientSql): Projectie {
  return {
    naam,
    async werkBij(db: Queryable, g: Geraakt): Promise<void> {
      if (!g.clienten.length) return;
      const slot = vergrendel(`${sql.tabel}:`, g.clienten.map((c) => `${c.gemeenteCode}/${c.clientId}`));
      await db.query(slot.text, slot.values);
      const wis = wisClienten(sql.tabel, g);
      await db.query(wis.text, wis.values);
      const vul = sql.vul(g.clienten);
      await db.query(vul.text, vul.values);
    },
    async herbouw(db: Queryable): Promise<void> {
      await db.query(`TRUNCATE ${sql.tabel}`);
      const vul = sql.vul(null);
      await db.query(vul.text, vul.values);
    },
  };
}
