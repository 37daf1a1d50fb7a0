/**
 * Which purchasing objects in a response the caller may see: every object of a tenant-scoped type (Region, Contract,
 * Tariff …), wherever it sits in the response (a root lookup, a nested relation, a connection's edges), is checked
 * against the same predicate as the root lists (rijFilter.ts). Objects outside the tenant are dropped from lists and
 * become null as single values — as if they did not exist, so their existence does not leak either.
 *
 * One statement per table per batch (DataLoader per request): `SELECT id FROM <table> WHERE id = ANY(...) AND <predicate>`.
 * beheer sees everything and costs nothing.
 */
import DataLoader from 'dataloader';
import type { Context } from '../context';
import { rijFilter, type InkoopTabel } from './rijFilter';

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
const perVerzoek = new WeakMap<Context['auth'], Map<InkoopTabel, Zichtbaar>>();

function loader(ctx: Context, tabel: InkoopTabel): Zichtbaar {
  let tabellen = perVerzoek.get(ctx.auth);
  if (!tabellen) perVerzoek.set(ctx.auth, (tabellen = new Map()));
  let l = tabellen.get(tabel);
  if (!l) {
    l = new DataLoader<string, boolean>(async (ids) => {
      const p = rijFilter(ctx.auth.rol, tabel, 'x')!;
      const [text, values] = ctx.dataSource.driver.escapeQueryWithParameters(
        `SELECT x.id::text AS id FROM ${tabel} x WHERE x.id = ANY(CAST(:rf_ids AS uuid[])) AND ${p.sql}`, { ...p.params, rf_ids: [...ids] });
      const zichtbaar = new Set(((await ctx.dataSource.query(text, values)) as { id: string }[]).map((r) => r.id));
      return ids.map((id) => zichtbaar.has(id));
    });
    tabellen.set(tabel, l);
  }
  return l;
}

async function magZien(ctx: Context, typeNaam: string, o: unknown): Promise<boolean> {
  const t = GESCOPTE_TYPEN[typeNaam];
  if (!t || o === null || typeof o !== 'object') return true;
  const id = t.id(o as Record<string, unknown>);
  return typeof id === 'string' && loader(ctx, t.tabel).load(id);
}

/** The value of a field of type `typeNaam` (an object, a list, or a connection over it) with what the caller may not see removed. */
export async function alleenZichtbaar(ctx: Context, typeNaam: string, waarde: unknown, connectie: boolean): Promise<unknown> {
  if (ctx.auth.rol?.soort === 'beheer' || waarde === null || waarde === undefined) return waarde;
  if (connectie) {
    const c = waarde as { edges: { node: unknown }[] };
    const ok = await Promise.all(c.edges.map((e) => magZien(ctx, typeNaam, e.node)));
    // Root lists are filtered in SQL already, so this only bites on a bug; in place, so the lazy totalCount stays lazy.
    if (!ok.every(Boolean)) c.edges = c.edges.filter((_, i) => ok[i]);
    return waarde;
  }
  if (Array.isArray(waarde)) {
    const ok = await Promise.all(waarde.map((o) => magZien(ctx, typeNaam, o)));
    return waarde.filter((_, i) => ok[i]);
  }
  return (await magZien(ctx, typeNaam, waarde)) ? waarde : null;
}
