import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { byIdsSql, byUniqueSql, entityTable, Params, type Aggregate, type EntityTable, type Join } from '../loaders/entityRows.sql';
import { rows } from '../loaders/rows';
import { NotFoundError } from '../errors';
import type { RijScope } from '../auth/RijScope';
import type { ConnectionArgs } from '../pagination/Connection';
import { paginate, type Sort } from '../pagination/paginate';
import { definedOnly } from './validate';
import { inTransaction } from './transaction';

/** Equality filters: property -> value; undefined/null values are ignored. */
export type Filter<T> = { [K in keyof T]?: T[K] | null };

/**
 * The shared part of every entity service: lookup by id, a filtered keyset-paginated list, and
 * create/update inside one transaction with PostgreSQL errors mapped to typed errors.
 * Entity services add their checks and special queries on top.
 */
export abstract class EntityService<T extends ObjectLiteral & { id: string }> {
  protected abstract readonly entity: EntityTarget<T>;
  protected abstract readonly label: string;
  protected abstract readonly alias: string;
  /** Keyset order for lists: an indexed NOT NULL property (+ id). */
  protected abstract readonly sort: Sort<T>;

  /**
   * `scope`: the request's row filter (api/auth/RijScope.ts; api/auth/handhaving.ts hands root resolvers services made
   * with it), in the WHERE of every read below; without it, every row.
   */
  constructor(protected readonly ds: DataSource, protected readonly scope?: RijScope) {}

  protected repo(em: EntityManager = this.ds.manager) {
    return em.getRepository(this.entity);
  }

  /** Table and select list for plain-row reads (no entity hydration on the read path). */
  protected get table(): EntityTable {
    return entityTable(this.ds, this.entity);
  }

  /** A row by id, as a plain object shaped like the entity (only `fields` and the ids when given). */
  async get(id: string, fields?: ReadonlySet<string>): Promise<T | null> {
    if (!isUuid(id)) return null;
    return this.gelezen(await rows<T>(this.ds, byIdsSql(this.table, [id], this.table.columns(fields).select, this.scope)))[0] ?? null;
  }

  /** A row by a unique column (AGB code, CBS code, region code). */
  protected async getBy(property: keyof T & string, value: string): Promise<T | null> {
    return this.gelezen(await rows<T>(this.ds, byUniqueSql(this.table, property, value, this.scope)))[0] ?? null;
  }

  /** Rows a statement built with `this.scope` returned: known visible to zichtbaarheid.ts. */
  protected gelezen<R>(rijen: R[]): R[] {
    return this.scope ? this.scope.gelezen(this.table.name, rijen) : rijen;
  }

  /**
   * `WHERE <col> = $n AND ...` for each given filter value, plus the conditions `extra` returns (SQL over the
   * table's columns, values bound through `params`), then one keyset page reading the ids and `fields`.
   */
  protected list(filter: Filter<T>, args: ConnectionArgs, fields: ReadonlySet<string> | undefined, extra?: (t: EntityTable, params: Params) => string[],
    joins: readonly Join[] = [], aggregates: readonly Aggregate[] = []) {
    const t = this.table;
    const params = new Params();
    const conditions: string[] = [];
    for (const [key, value] of Object.entries(filter)) {
      if (value === undefined || value === null) continue;
      conditions.push(`${t.column(key)} = ${params.bind(value)}`);
    }
    if (extra) conditions.push(...extra(t, params));
    return paginate<T>(this.ds, t, conditions, params, this.sort, args, fields, joins, this.scope, aggregates);
  }

  protected insert(values: Partial<T>): Promise<T> {
    return inTransaction(this.ds, async (em) => {
      const repo = this.repo(em);
      return repo.save(repo.create(definedOnly(values) as T));
    });
  }

  /**
   * Loads the row FOR UPDATE, lets `check` validate the merged state (e.g. end >= start over old and
   * new values), then saves. Undefined input fields are left as they are; null clears.
   */
  protected patch(id: string, values: Partial<T>, check?: (merged: T, em: EntityManager) => void | Promise<void>): Promise<T> {
    return inTransaction(this.ds, async (em) => {
      const repo = this.repo(em);
      const row = isUuid(id) ? await repo.findOne({ where: { id } as never, lock: { mode: 'pessimistic_write' } }) : null;
      if (!row) throw new NotFoundError(this.label, id, 'id');
      repo.merge(row, definedOnly(values) as never);
      await check?.(row, em);
      return repo.save(row);
    });
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
