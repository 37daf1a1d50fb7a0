/**
 * A projection whose rows belong to one client (gemeente_code, client_id): the refresh deletes the touched clients'
 * rows and re-inserts them with the rebuild's own statement restricted to those clients (zorgFeiten.sql.ts Beperking),
 * so incremental equals recomputation by construction.
 */
import type { Queryable } from '../rules/Regel.js';
import type { SqlQuery } from '../store/SqlQuery.js';
import type { Geraakt, Projectie } from './Projectie.js';
import { clientBeperking, geenBeperking, type Beperking } from './zorgFeiten.sql.js';

export interface PerClientSql {
  /** The table (its client index: (gemeente_code, client_id)). */
  tabel: string;
  /** INSERT … SELECT of the projection's rows, restricted by `b` (clientBeperking uses $1, $2). */
  vul: (b: Beperking) => string;
}

function clientWaarden(g: Geraakt): unknown[] {
  return [g.clienten.map((c) => c.gemeenteCode), g.clienten.map((c) => c.clientId)];
}

export function wisClienten(tabel: string, g: Geraakt): SqlQuery {
  return {
    text: `DELETE FROM ${tabel} WHERE (gemeente_code, client_id) IN (SELECT k.g, k.c FROM unnest($1::char(4)[], $2::bigint[]) AS k(g, c))`,
    values: clientWaarden(g),
  };
}

export function perClient(naam: string, sql: PerClientSql): Projectie {
  return {
    naam,
    async werkBij(db: Queryable, g: Geraakt): Promise<void> {
      if (!g.clienten.length) return;
      const wis = wisClienten(sql.tabel, g);
      await db.query(wis.text, wis.values);
      await db.query(sql.vul(clientBeperking), clientWaarden(g));
    },
    async herbouw(db: Queryable): Promise<void> {
      await db.query(`TRUNCATE ${sql.tabel}`);
      await db.query(sql.vul(geenBeperking));
    },
  };
}
