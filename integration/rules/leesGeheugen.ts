/**
 * The per-message memo of the cross-message rules: within one runRegels run, ctx.db answers a read-only statement
 * it has already run (same text, same values) from memory. Several rules ask the same question of one message
 * (the JW305/JW307 rules each look up the allocation a StartProduct names, the current starts and stops of that key;
 * the JW317 rules the client's current allocations), and rules never write (Regel.ts), so within a run the answer
 * cannot change — and all rules now see one answer even when another worker commits in between.
 * Only plain SELECT/WITH … SELECT statements are kept; anything with FOR UPDATE/SHARE or nextval goes to the
 * database every time. The memo lives as long as the run (one message).
 */
import type { Queryable } from './Regel.js';

const LEZEN = /^\s*(SELECT|WITH)\b/i;
const NIET_BEWAREN = /\bFOR\s+(UPDATE|SHARE|NO\s+KEY\s+UPDATE|KEY\s+SHARE)\b|\bnextval\s*\(|\b(INSERT|UPDATE|DELETE)\b/i;

export function metLeesGeheugen(db: Queryable): Queryable {
  const geheugen = new Map<string, Promise<{ rows: Record<string, unknown>[]; rowCount: number | null }>>();
  return {
    query<R extends Record<string, unknown> = Record<string, unknown>>(text: string, values?: unknown[]) {
      if (!LEZEN.test(text) || NIET_BEWAREN.test(text)) return db.query<R>(text, values);
      const sleutel = `${text}\u0000${JSON.stringify(values ?? [])}`;
      let r = geheugen.get(sleutel);
      if (!r) {
        r = db.query(text, values);
        geheugen.set(sleutel, r);
        r.catch(() => geheugen.delete(sleutel));
      }
      // Each rule gets its own array (the row objects are shared: rules read them, never change them).
      return r.then((x) => ({ rows: [...x.rows] as R[], rowCount: x.rowCount }));
    },
  };
}
