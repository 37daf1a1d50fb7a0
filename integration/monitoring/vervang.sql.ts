/**
 * One statement that replaces a projection table's rows for a set of keys by what the rebuild's SELECT gives for them,
 * and returns the (text) aggregate keys of every row it removed, changed or added, so the caller can re-sum those.
 *
 *   k     the keys (unnest of the parameters, or a CTE the caller writes)
 *   nieuw the rebuild's SELECT, restricted to k
 *   oud   the keys' current rows (read before any change: one snapshot for the whole statement)
 *   weg   delete the keys' rows the SELECT no longer gives
 *   ins   upsert what it gives (rows that did not change are left alone)
 *
 * `weg` and `ins` touch different rows, so the result does not depend on the order PostgreSQL runs them in, and one
 * round trip replaces a DELETE + INSERT pair (a refresh runs in every message's transaction).
 */
import type { SqlQuery } from '../store/SqlQuery.js';

export interface Doel {
  tabel: string;
  /** Columns in the order the SELECT yields them. */
  kolommen: readonly string[];
  /** The primary key (a subset of kolommen). */
  pk: readonly string[];
  /** The key columns the refresh restricts by: k has exactly these, in this order. */
  sleutel: readonly string[];
  /** SQL types of the key columns (for unnest). */
  sleutelTypen: readonly string[];
  /** Columns returned (as text) for every row removed, changed or added; [] = nothing. */
  terug: readonly string[];
}

/** The key CTE `k` over parameters $1..$n (one array per key column). */
export function sleutelCte(d: Doel): string {
  return `SELECT * FROM unnest(${d.sleutelTypen.map((t, i) => `$${i + 1}::${t}[]`).join(', ')}) AS k(${d.sleutel.join(', ')})`;
}

export function vervang(d: Doel, nieuw: string, values: unknown[], k = sleutelCte(d)): SqlQuery {
  const overig = d.kolommen.filter((c) => !d.pk.includes(c));
  const opKey = (a: string, b: string, cols: readonly string[]) => cols.map((c) => `${a}.${c} = ${b}.${c}`).join(' AND ');
  const terug = (a: string) => d.terug.map((c) => `${a}.${c}::text AS ${c}`).join(', ');
  const conflict = overig.length
    ? `DO UPDATE SET ${overig.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}
         WHERE (${overig.map((c) => `x.${c}`).join(', ')}) IS DISTINCT FROM (${overig.map((c) => `EXCLUDED.${c}`).join(', ')})`
    : 'DO NOTHING';
  const slot = d.terug.length ? `SELECT ${terug('oud')} FROM oud UNION SELECT ${terug('ins')} FROM ins` : `SELECT count(*) FROM ins`;
  return {
    text: `WITH k AS (${k}),
           nieuw AS (${nieuw}),
           oud AS (SELECT ${d.terug.length ? d.terug.map((c) => `x.${c}`).join(', ') : '1'} FROM ${d.tabel} x JOIN k ON ${opKey('x', 'k', d.sleutel)}),
           weg AS (DELETE FROM ${d.tabel} x USING k WHERE ${opKey('x', 'k', d.sleutel)}
                     AND NOT EXISTS (SELECT 1 FROM nieuw n WHERE ${opKey('n', 'x', d.pk)})),
           ins AS (INSERT INTO ${d.tabel} AS x (${d.kolommen.join(', ')}) SELECT ${d.kolommen.join(', ')} FROM nieuw
                   ON CONFLICT (${d.pk.join(', ')}) ${conflict}
                   RETURNING ${d.terug.length ? d.terug.map((c) => `x.${c}`).join(', ') : '1'})
           ${slot}`,
    values,
  };
}

/** The rebuild: every row the SELECT gives (after the caller truncated the table). */
export function vulAlles(d: Doel, select: string, values: unknown[] = []): SqlQuery {
  return { text: `INSERT INTO ${d.tabel} (${d.kolommen.join(', ')}) ${select}`, values };
}
