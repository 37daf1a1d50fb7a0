import type { DataSource, ObjectLiteral } from 'typeorm';
import type { RijScope } from '../auth/RijScope';
import { pageSql, type Aggregate, type EntityTable, type Join, type Params } from '../loaders/entityRows.sql';
import { rows } from '../loaders/rows';
import { InputError } from '../errors';
import type { ConnectionArgs, ConnectionResult, Edge } from './Connection';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

/** A keyset sort: a NOT NULL, indexed property plus `id` as the tie-breaker. */
export interface Sort<T> {
  /** Entity property to order by ('id' for id order). */
  property: keyof T & string;
}

type Key = string | number;

/** Cursors are opaque base64url of JSON `[sortValue, id]`. */
export function encodeCursor(sortValue: Key, id: string): string {
  return Buffer.from(JSON.stringify([sortValue, id])).toString('base64url');
}

export function decodeCursor(cursor: string, field: string): [Key, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && (typeof value[0] === 'string' || typeof value[0] === 'number') && typeof value[1] === 'string') {
      return [value[0], value[1]];
    }
  } catch {
    /* fall through */
  }
  throw new InputError('INVALID_CURSOR', field, `${field} is not a cursor from this API`);
}

function pageSize(value: number | null | undefined, field: string): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw new InputError('BAD_USER_INPUT', field, `${field} must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return value;
}

/** What the Relay arguments ask for: direction, page size and the decoded cursor (null without one). */
export interface PageRequest {
  backward: boolean;
  limit: number;
  /** The argument the cursor came from, for error fields. */
  cursorArg: 'after' | 'before';
  cursor: [Key, string] | null;
}

/** Checks the page sizes, refuses first/after mixed with last/before, and decodes the cursor. */
export function pageRequest(args: ConnectionArgs): PageRequest {
  const first = pageSize(args.first, 'first');
  const last = pageSize(args.last, 'last');
  if ((first !== undefined || args.after) && (last !== undefined || args.before)) {
    throw new InputError('BAD_USER_INPUT', 'last', 'use first/after or last/before, not both');
  }
  const backward = last !== undefined || !!args.before;
  const cursorArg = backward ? 'before' : 'after';
  const raw = backward ? args.before : args.after;
  return { backward, limit: (backward ? last : first) ?? DEFAULT_PAGE_SIZE, cursorArg, cursor: raw ? decodeCursor(raw, cursorArg) : null };
}

/**
 * The connection for `rows` fetched in query order (descending for a backward page) with
 * LIMIT `req.limit + 1`: the extra row tells whether another page exists. Mutates `rows`.
 *
 * hasPreviousPage (forward) / hasNextPage (backward) are true when a cursor was given; Relay allows
 * that approximation and it saves a query. `count` runs only when the client selects totalCount.
 */
export function toConnection<R, N>(rows: R[], req: PageRequest, edge: (row: R) => Edge<N>, count: () => Promise<number>): ConnectionResult<N> {
  const more = rows.length > req.limit;
  if (more) rows.pop();
  if (req.backward) rows.reverse();
  const edges = rows.map(edge);
  const given = req.cursor !== null;
  let total: Promise<number> | undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage: req.backward ? given : more,
      hasPreviousPage: req.backward ? more : given,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    get totalCount() {
      return (total ??= count());
    },
  };
}

/**
 * Keyset pagination over `(sort property, id)`: the page is
 *   WHERE <conditions> AND (t.sort, t.id) > ($key, $id) ORDER BY t.sort, t.id LIMIT first + 1
 * (reversed for `last`/`before`), so every page costs one index range scan, however deep.
 * The extra row tells whether another page exists (toConnection). totalCount is a separate COUNT(*)
 * over the same conditions, run only when the client selects it. Rows are plain objects (entityRows.sql.ts).
 *
 * `conditions` are SQL over `t`'s alias with their values already bound in `params`; `fields` (the selected node
 * fields, api/loaders/selection.ts) limit the columns read; `joins` read to-one relations in the same statement,
 * nested into each row under their name (null when the foreign key is null, or the row filter hides it); `aggregates`
 * read to-many relations into each row as a JSON array under their name (the caller checks their rows); `scope`:
 * the caller's row filter, on the page's table and each joined one (api/auth/RijScope.ts), and the rows it returned
 * recorded as read through it.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  ds: DataSource,
  t: EntityTable,
  conditions: readonly string[],
  params: Params,
  sort: Sort<T>,
  args: ConnectionArgs,
  fields?: ReadonlySet<string>,
  joins: readonly Join[] = [],
  scope?: RijScope,
  aggregates: readonly Aggregate[] = [],
): Promise<ConnectionResult<T>> {
  const req = pageRequest(args);
  const p = sort.property;
  const byId = p === 'id';
  const { select } = t.columns(fields, p);
  const sql = pageSql(t, conditions, params, { sort: p, backward: req.backward, limit: req.limit, cursor: req.cursor, select, joins, aggregates }, scope);
  const read = await rows<T>(ds, sql.page);
  const page = joins.length ? (nest(read, joins) as T[]) : read;
  if (scope) {
    scope.gelezen(t.name, page);
    for (const j of joins) scope.gelezen(j.table.name, page.map((row) => (row as Record<string, unknown>)[j.name]));
  }
  return toConnection(page, req, (node) => new KeysetEdge(node, byId ? node.id : (node[p] as Key)),
    async () => (await rows<{ n: number }>(ds, sql.count))[0]!.n);
}

/** An edge whose cursor is encoded only when read: most queries select nodes, not the cursor of each edge. */
class KeysetEdge<N extends { id: string }> implements Edge<N> {
  constructor(readonly node: N, private readonly key: Key) {}
  get cursor(): string {
    return encodeCursor(this.key, this.node.id);
  }
}

/**
 * Each row with the `<name>.<property>` columns of each join moved into `row[name]` (null when the joined id is
 * null), as new objects: deleting the moved keys from pg's row would turn it into a slow dictionary-mode object that
 * every field read of the response then pays for. Every row has the same columns, so their split is decided once.
 */
export function nest(page: Record<string, unknown>[], joins: readonly { name: string }[]): Record<string, unknown>[] {
  if (page.length === 0) return page;
  const keys = Object.keys(page[0]!);
  const own = keys.filter((k) => !joins.some((j) => k.startsWith(`${j.name}.`)));
  const parts = joins.map(({ name }) => ({ name, columns: keys.filter((k) => k.startsWith(`${name}.`)).map((k) => [k, k.slice(name.length + 1)] as const) }));
  return page.map((row) => {
    const out: Record<string, unknown> = {};
    for (const k of own) out[k] = row[k];
    for (const { name, columns } of parts) {
      const nested: Record<string, unknown> = {};
      for (const [k, property] of columns) nested[property] = row[k];
      out[name] = nested.id === null ? null : nested;
    }
    return out;
  });
}
