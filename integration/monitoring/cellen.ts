/**
 * Finest cells beside a per-client projection (national scale: a query that groups by every dimension reads cells,
 * not distinct counts over the member rows). A refresh replaces the touched clients' member rows (perClient.ts) and
 * then recomputes every cell those clients had or have from the member rows, so the cells always equal their
 * aggregate and a rebuild. Key columns may be null (a request without a segment): cells are matched with
 * IS NOT DISTINCT FROM, after gemeente_code and maand (never null), which lead every index used. Concurrent
 * recomputes of a cell are serialised (vergrendel.sql.ts), so the later one counts the earlier one's rows.
 */
import type { Queryable } from '../rules/Regel.js';
import type { SqlQuery } from '../store/SqlQuery.js';
import { run } from '../store/SqlQuery.js';
import { perClient, type PerClientSql } from './perClient.js';
import { vergrendel } from './vergrendel.sql.js';
import type { Geraakt, Projectie } from './Projectie.js';

export interface CelSql {
  /** The cell table; its key = `sleutel`. */
  tabel: string;
  /** Key columns with their SQL types, gemeente_code and maand first. */
  sleutel: readonly { kolom: string; type: string }[];
  /** The cell table's measure columns and, in the same order, their aggregates over the member rows `p`. */
  maten: readonly { kolom: string; sql: string }[];
}

type Cel = string[];

function cellenVan(bron: string, cel: CelSql, g: Geraakt): SqlQuery {
  return {
    text: `SELECT DISTINCT ${cel.sleutel.map((s) => `${s.kolom}::text`).join(', ')} FROM ${bron}
           WHERE (gemeente_code, client_id) IN (SELECT k.g, k.c FROM unnest($1::char(4)[], $2::bigint[]) AS k(g, c))`,
    values: [g.clienten.map((c) => c.gemeenteCode), g.clienten.map((c) => c.clientId)],
  };
}

function celJoin(cel: CelSql, alias: string): { from: string; on: string } {
  const from = `unnest(${cel.sleutel.map((s, i) => `$${i + 1}::${s.type}[]`).join(', ')}) AS k(${cel.sleutel.map((_, i) => `k${i}`).join(', ')})`;
  const on = cel.sleutel.map((s, i) => (i < 2 ? `${alias}.${s.kolom} = k.k${i}` : `${alias}.${s.kolom} IS NOT DISTINCT FROM k.k${i}`)).join(' AND ');
  return { from, on };
}

export function wisCellen(cel: CelSql, cellen: readonly Cel[]): SqlQuery {
  const j = celJoin(cel, 'c');
  return { text: `DELETE FROM ${cel.tabel} c USING ${j.from} WHERE ${j.on}`, values: cel.sleutel.map((_, i) => cellen.map((c) => c[i])) };
}

/** Recompute the cells (null: all) from the member rows of `bron`. */
export function vulCellen(bron: string, cel: CelSql, cellen: readonly Cel[] | null): SqlQuery {
  const sleutel = cel.sleutel.map((s) => `p.${s.kolom}`).join(', ');
  const j = celJoin(cel, 'p');
  return {
    text: `INSERT INTO ${cel.tabel} (${cel.sleutel.map((s) => s.kolom).join(', ')}, ${cel.maten.map((m) => m.kolom).join(', ')})
           SELECT ${sleutel}, ${cel.maten.map((m) => m.sql).join(', ')}
           FROM ${bron} p ${cellen ? `JOIN ${j.from} ON ${j.on}` : ''}
           GROUP BY ${sleutel}`,
    values: cellen ? cel.sleutel.map((_, i) => cellen.map((c) => c[i])) : [],
  };
}

/** A per-client projection (member rows) with its finest cells. */
export function perClientMetCellen(naam: string, rijen: PerClientSql, cel: CelSql): Projectie {
  const leden = perClient(naam, rijen);
  const cellen = async (db: Queryable, g: Geraakt) => (await run<Record<string, string | null>>(db, cellenVan(rijen.tabel, cel, g)))
    .map((r) => cel.sleutel.map((s) => r[s.kolom] ?? null) as Cel);
  return {
    naam,
    async werkBij(db, g) {
      if (!g.clienten.length) return;
      const voor = await cellen(db, g);
      await leden.werkBij(db, g);
      const alle = new Map([...voor, ...(await cellen(db, g))].map((c) => [JSON.stringify(c), c]));
      if (!alle.size) return;
      const geraakt = [...alle.values()];
      for (const q of [vergrendel(`${cel.tabel}:`, [...alle.keys()]), wisCellen(cel, geraakt), vulCellen(rijen.tabel, cel, geraakt)]) await db.query(q.text, q.values);
    },
    async herbouw(db) {
      await leden.herbouw(db);
      await db.query(`TRUNCATE ${cel.tabel}`);
      const q = vulCellen(rijen.tabel, cel, null);
      await db.query(q.text, q.values);
    },
  };
}
