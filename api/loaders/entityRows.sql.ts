import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import type { RijScope } from '../auth/RijScope';
import type { Sql } from './rows';

/**
 * The read SQL of the purchasing entities, as plain rows shaped like the entity (property names, dates as
 * YYYY-MM-DD, bigint/numeric as numbers): TypeORM's metadata names the table and columns, PostgreSQL does the
 * conversions, and nothing is hydrated. Every list/loader statement of these entities is built here, and every one
 * passes its conditions through `where()`: the one place the caller's row filter (api/auth/RijScope.ts: a SQL
 * predicate per table derived from the role) joins the statement's WHERE, its values bound with the others.
 */
export interface EntityTable {
  /** The table's name as written in SQL (quoted). */
  table: string;
  /** Its plain name (`contract`): what the row filter is keyed by. */
  name: string;
  /** Always `e`: hand-written SQL (tariffsOn.sql.ts ...) uses the same alias for the entity's table. */
  alias: string;
  /** `e."col" AS "prop", ...` for every column. */
  select: string;
  /**
   * The select list for the fields a query asks for (selection.ts): the id, every `...Id` column (field resolvers
   * load relations by them), `also` (e.g. the sort column, for cursors) and the selected fields that are columns.
   * Without `fields`, every column. `key` tells select lists apart (one DataLoader per list).
   */
  columns(fields?: ReadonlySet<string>, also?: string): { key: string; select: string };
  /**
   * For a to-one relation read in the same statement (pageSql's `joins`): the select list of this table under alias
   * `j_<name>`, its columns named `<name>.<property>`.
   */
  joinedColumns(name: string, fields?: ReadonlySet<string>): string;
  /**
   * The same row as `columns(fields)` selects, as one `json_build_array(...)` of its columns over `alias` (for a
   * to-many relation aggregated into its parent's row, pageSql's `aggregates`), and `read` turning such an array
   * back into the row. JSON carries each column as a row read does (uuid, text, date as YYYY-MM-DD, bigint and
   * numeric as numbers) without the conversions, and an array without the property names: PostgreSQL builds it
   * in about two thirds of the time of the named object. Null when a selected column would not come back the
   * same (a timestamp: a Date from a row, a string from JSON).
   */
  jsonRow(alias: string, fields?: ReadonlySet<string>): JsonRow | null;
  /** property -> `e."col"`. */
  column(property: string): string;
}

/** See EntityTable.jsonRow. */
export interface JsonRow {
  sql: string;
  read(values: readonly unknown[]): Record<string, unknown>;
}

const tables = new WeakMap<object, EntityTable>();
const MAX_SELECT_LISTS = 200;

/** Table and select list of an entity (built once per entity). */
export function entityTable(ds: DataSource, entity: EntityTarget<ObjectLiteral>): EntityTable {
  const meta = ds.getMetadata(entity);
  const cached = tables.get(meta.target as object);
  if (cached) return cached;
  const alias = 'e';
  const col = (c: ColumnMetadata) => `${alias}.${quote(c.databaseName)}`;
  const byProperty = new Map(meta.columns.map((c) => [c.propertyName, col(c)]));
  const item = (c: ColumnMetadata) => `${read(c, col(c))} AS ${quote(c.propertyName)}`;
  const joinedItem = (name: string) => (c: ColumnMetadata) => `${read(c, `j_${name}.${quote(c.databaseName)}`)} AS ${quote(`${name}.${c.propertyName}`)}`;
  const joined = new Map<string, string>();
  const json = new Map<string, JsonRow | null>();
  const always = meta.columns.filter((c) => c.propertyName === 'id' || /Id$/.test(c.propertyName));
  const optional = meta.columns.filter((c) => !always.includes(c));
  type List = { key: string; select: string; cols: readonly ColumnMetadata[] };
  const all: List = { key: '*', select: meta.columns.map(item).join(', '), cols: meta.columns };
  const lists = new Map<string, List>();
  const byFields = new WeakMap<ReadonlySet<string>, List>();
  /** The columns `columns(fields, also)` reads: the one decision joinedColumns and jsonRow follow too. */
  const list = (fields?: ReadonlySet<string>, also?: string): List => {
    if (!fields) return all;
    // per field set: selection.ts hands the same Set for the same selection, and loaders ask for every row
    const memo = also === undefined ? byFields.get(fields) : undefined;
    if (memo) return memo;
    const chosen = optional.filter((c) => fields.has(c.propertyName) || c.propertyName === also);
    const key = chosen.map((c) => c.propertyName).join(',');
    let l = lists.get(key);
    if (!l) {
      if (lists.size >= MAX_SELECT_LISTS) return all; // bounded: each list is a prepared statement per connection
      const cols = [...always, ...chosen];
      lists.set(key, (l = { key, select: cols.map(item).join(', '), cols }));
    }
    if (also === undefined) byFields.set(fields, l);
    return l;
  };
  const t: EntityTable = {
    table: quote(meta.tableName),
    name: meta.tableName,
    alias,
    select: all.select,
    columns: list,
    joinedColumns(name, fields) {
      const { key, cols } = list(fields);
      let select = joined.get(`${name}:${key}`);
      if (select === undefined) joined.set(`${name}:${key}`, (select = cols.map(joinedItem(name)).join(', ')));
      return select;
    },
    jsonRow(alias, fields) {
      const { key, cols } = list(fields);
      let row = json.get(`${alias}:${key}`);
      if (row === undefined) json.set(`${alias}:${key}`, (row = jsonRowOf(alias, cols)));
      return row;
    },
    column(property) {
      const c = byProperty.get(property);
      if (!c) throw new Error(`${meta.name} has no column ${property}`);
      return c;
    },
  };
  tables.set(meta.target as object, t);
  return t;
}

/** See EntityTable.jsonRow; null when a column would not come back from JSON as from a row (a timestamp). */
function jsonRowOf(alias: string, cols: readonly ColumnMetadata[]): JsonRow | null {
  if (cols.some((c) => /^timestamp/.test(String(c.type)) || c.type === Date)) return null;
  const names = cols.map((c) => c.propertyName);
  return {
    sql: `json_build_array(${cols.map((c) => `${alias}.${quote(c.databaseName)}`).join(', ')})`,
    read(values) {
      const row: Record<string, unknown> = {};
      for (let i = 0; i < names.length; i++) row[names[i]!] = values[i];
      return row;
    },
  };
}

/** What the entity's property holds, computed by PostgreSQL (the entity transformers do the same in JS). */
function read(c: ColumnMetadata, expr: string): string {
  switch (c.type) {
    case 'date':
      return `to_char(${expr}, 'YYYY-MM-DD')`;
    case 'bigint':
    case 'numeric':
      return `${expr}::float8`; // cents and percentages: far inside float8's exact integers
    default:
      return expr;
  }
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Positional parameters: `bind(value)` returns `$n`. */
export class Params {
  readonly values: unknown[] = [];
  bind(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * The WHERE clause of every read of `t`: the given conditions and, with a `scope`, the caller's row filter on `t`
 * (values bound through `params`; beheer adds nothing, so its statements are the unfiltered ones).
 */
export function where(t: EntityTable, conditions: readonly string[], params: Params, scope?: RijScope): string {
  const all = scope ? scope.voorwaarden(t.name, t.alias, conditions, params) : conditions;
  return all.length ? `WHERE ${all.join(' AND ')}` : '';
}

/** Rows by primary key: `id = ANY($1)` (and the row filter). */
export function byIdsSql(t: EntityTable, ids: readonly string[], select = t.select, scope?: RijScope): Sql {
  const params = new Params();
  const text = `SELECT ${select} FROM ${t.table} ${t.alias} ${where(t, [`${t.alias}.id = ANY(${params.bind(ids)}::uuid[])`], params, scope)}`;
  return { text, values: params.values };
}

/** Rows by one unique column (AGB code, CBS code, region code), and the row filter. */
export function byUniqueSql(t: EntityTable, property: string, value: string, scope?: RijScope): Sql {
  const params = new Params();
  return { text: `SELECT ${t.select} FROM ${t.table} ${t.alias} ${where(t, [`${t.column(property)} = ${params.bind(value)}`], params, scope)}`, values: params.values };
}

/**
 * The children of many parents: `<fk> = ANY($1) [AND fixed] [AND row filter] ORDER BY <fk>, <order>` (served by
 * the FK's index).
 */
export function byKeysSql(t: EntityTable, property: string, keys: readonly string[], order: readonly string[], fixed: readonly string[] = [],
  select = t.select, scope?: RijScope): Sql {
  const fk = t.column(property);
  const params = new Params();
  return {
    text: `SELECT ${select} FROM ${t.table} ${t.alias} ${where(t, [`${fk} = ANY(${params.bind(keys)}::uuid[])`, ...fixed], params, scope)} ` +
      `ORDER BY ${[fk, ...order.map((o) => t.column(o))].join(', ')}`,
    values: params.values,
  };
}

/**
/**
 * A to-one relation read in the page statement: `LEFT JOIN <table> j_<name> ON j_<name>.id = e.<fk>` (nested into
 * the row as `<name>` by paginate). The caller's row filter on the joined table goes into its ON clause (pageSql), so
 * a relation the caller may not see comes back null.
 */
export interface Join {
  name: string;
  table: EntityTable;
  /** The foreign key property on the page's table. */
  fk: string;
  fields?: ReadonlySet<string>;
  /**
   * The relation is visible whenever the page's row is, for every role (so its own row filter would only repeat the
   * page's): the join then carries none. Each such claim is proven by a test over the rules (e.g.
   * test/auth.contractRelaties.test.ts for a contract's relations).
   */
  zichtbaarMetOuder?: boolean;
}

/**
 * `LEFT JOIN <table> <alias> ON <on>`, with the caller's row filter on the joined table in the ON clause: how every
 * read joins a purchasing relation, so a relation outside the tenant comes back null (as a loader would give it).
 */
export function leftJoin(t: EntityTable, alias: string, on: string, params: Params, scope?: RijScope): string {
  const tenant = scope?.predicaat(t.name, alias, params);
  return `LEFT JOIN ${t.table} ${alias} ON ${tenant ? `${on} AND ${tenant}` : on}`;
}

/**
 * A to-many relation read in the page statement: `(<sql>) AS "<name>"`, a correlated subquery over the page's alias
 * `e` that returns a JSON array (pg parses it), built with the statement's own params (it binds after the count's).
 */
export interface Aggregate {
  name: string;
  sql(params: Params): string;
}

/**
 * One keyset page (see api/pagination/paginate.ts) and its COUNT over the same conditions. With a `scope`, the row
 * filter joins `conditions` first (so page and totalCount count the same rows) and each join's ON clause.
 */
export function pageSql(t: EntityTable, conditions: readonly string[], params: Params,
  page: { sort: string; backward: boolean; limit: number; cursor: [unknown, string] | null; select: string; joins?: readonly Join[];
    aggregates?: readonly Aggregate[] },
  scope?: RijScope): { page: Sql; count: Sql } {
  const sort = t.column(page.sort);
  const id = t.column('id');
  const byId = sort === id;
  const filtered = scope ? scope.voorwaarden(t.name, t.alias, conditions, params) : conditions;
  const keyset = [...filtered];
  const countValues = [...params.values]; // the count binds nothing below: not the cursor, the joins or the limit
  if (page.cursor) {
    const op = page.backward ? '<' : '>';
    const [key, cursorId] = page.cursor;
    keyset.push(byId ? `${id} ${op} ${params.bind(cursorId)}::uuid` : `(${sort}, ${id}) ${op} (${params.bind(key)}, ${params.bind(cursorId)}::uuid)`);
  }
  const dir = page.backward ? 'DESC' : 'ASC';
  const order = byId ? `${id} ${dir}` : `${sort} ${dir}, ${id} ${dir}`;
  const joins = page.joins ?? [];
  const select = [page.select, ...joins.map((j) => j.table.joinedColumns(j.name, j.fields)),
    ...(page.aggregates ?? []).map((a) => `(${a.sql(params)}) AS ${quote(a.name)}`)].join(', ');
  const from = [`${t.table} ${t.alias}`, ...joins.map((j) =>
    leftJoin(j.table, `j_${j.name}`, `j_${j.name}.id = ${t.column(j.fk)}`, params, j.zichtbaarMetOuder ? undefined : scope))].join(' ');
  return {
    page: { text: `SELECT ${select} FROM ${from} ${where(t, keyset, params)} ORDER BY ${order} LIMIT ${params.bind(page.limit + 1)}`, values: params.values },
    count: { text: `SELECT count(*)::int AS n FROM ${t.table} ${t.alias} ${where(t, filtered, params)}`, values: countValues },
  };
}
