/**
 * Which purchasing objects in a response the caller may see: every object of a tenant-scoped type (Region, Contract,
 * Tariff …), wherever it sits in the response (a root lookup, a nested relation, a connection's edges), is checked
 * against the same predicate as the root lists (rijFilter.ts). Objects outside the tenant are dropped from lists and
 * become null as single values — as if they did not exist, so their existence does not leak either.
 *
 * Decided without SQL for the rows the request read through its row filter (RijScope: the services' and loaders'
 * statements carry the predicate in their WHERE, and remember what they returned): on the read path that is every
 * object, so the check costs no statement. Anything else (a mutation's result, an object built by other code) is
 * checked in PostgreSQL, one statement per table per batch (DataLoader per request):
 * `SELECT id FROM <table> WHERE id = ANY(...) AND <predicate>`. beheer sees everything and costs nothing.
 */
import DataLoader from 'dataloader';
import type { Context } from '../context';
import { Params } from '../loaders/entityRows.sql';
import { rows } from '../loaders/rows';
import type { InkoopTabel } from './rijFilter';

/** GraphQL object type -> its table and the id that decides (a ContractDeadline is its contract's). */
export const GESCOPTE_TYPEN: Readonly<Record<string, { tabel: InkoopTabel; id: (o: Record<string, unknown>) => unknown }>> = {
  Region: { tabel: 'region', id: (o) => o.id },
  Municipality: { tabel: 'municipality', id: (o) => o.id },
  Provider: { tabel: 'provider', id: (o) => o.id },
  Segment: { tabel: 'segment', id: (o) => o.id },
  Contract: { tabel: 'contract', id: (o) => o.id },
  Product: { tabel: 'product', id: (o) => o.id },
  Tariff: { tabel: 'tariff', id: (o) => o.id },
  Budget: { tabel: 'budget', id: (o) => o.id },
  ContractDeadline: { tabel: 'contract', id: (o) => o.contractId },
};

type Zichtbaar = DataLoader<string, boolean>;
const perVerzoek = new WeakMap<Context['rijScope'], Map<InkoopTabel, Zichtbaar>>();

function loader(ctx: Context, tabel: InkoopTabel): Zichtbaar {
  let tabellen = perVerzoek.get(ctx.rijScope);
  if (!tabellen) perVerzoek.set(ctx.rijScope, (tabellen = new Map()));
  let l = tabellen.get(tabel);
  if (!l) {
    l = new DataLoader<string, boolean>(async (ids) => {
      const params = new Params();
      const conditions = ctx.rijScope.voorwaarden(tabel, 'x', [`x.id = ANY(${params.bind(ids)}::uuid[])`], params);
      const text = `SELECT x.id::text AS id FROM ${tabel} x WHERE ${conditions.join(' AND ')}`;
      const zichtbaar = new Set((await rows<{ id: string }>(ctx.dataSource, { text, values: params.values })).map((r) => r.id));
      return ids.map((id) => zichtbaar.has(id));
    });
    tabellen.set(tabel, l);
  }
  return l;
}

/** true/false when known without SQL (read through the row filter, or not an object of a scoped type), else the check. */
function magZien(ctx: Context, typeNaam: string, o: unknown): boolean | Promise<boolean> {
  const t = GESCOPTE_TYPEN[typeNaam];
  if (!t || o === null || typeof o !== 'object') return true;
  if (ctx.rijScope.isGelezen(t.tabel, o)) return true;
  const id = t.id(o as Record<string, unknown>);
  return typeof id === 'string' && loader(ctx, t.tabel).load(id);
}

/** Each item's verdict; awaits only when some item needed the check in PostgreSQL. */
function magAllesZien(ctx: Context, typeNaam: string, items: readonly unknown[]): boolean[] | Promise<boolean[]> {
  const oordelen = items.map((o) => magZien(ctx, typeNaam, o));
  return oordelen.every((x) => typeof x === 'boolean') ? (oordelen as boolean[]) : Promise.all(oordelen);
}

/**
 * The value of a field of type `typeNaam` (an object, a list, or a connection over it) with what the caller may not
 * see removed; synchronous when every verdict is known without SQL (the read path), so it adds no promise per field.
 */
export function alleenZichtbaar(ctx: Context, typeNaam: string, waarde: unknown, connectie: boolean): unknown {
  if (ctx.rijScope.onbeperkt || waarde === null || waarde === undefined) return waarde;
  if (connectie) {
    const c = waarde as { edges: { node: unknown }[] };
    // Root lists are filtered in SQL already, so this only bites on a bug; in place, so the lazy totalCount stays lazy.
    return dan(magAllesZien(ctx, typeNaam, c.edges.map((e) => e.node)), (ok) => {
      if (!ok.every(Boolean)) c.edges = c.edges.filter((_, i) => ok[i]);
      return waarde;
    });
  }
  if (Array.isArray(waarde)) {
    return dan(magAllesZien(ctx, typeNaam, waarde), (ok) => (ok.every(Boolean) ? waarde : waarde.filter((_, i) => ok[i])));
  }
  return dan(magZien(ctx, typeNaam, waarde), (ok) => (ok ? waarde : null));
}

/** `f(v)` now when `v` is a value, after it when it is a promise. */
function dan<V, R>(v: V | Promise<V>, f: (v: V) => R): R | Promise<R> {
  return v instanceof Promise ? v.then(f) : f(v);
}
