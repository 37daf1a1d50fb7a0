import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { RijScope } from '../auth/RijScope';
import { byIdsSql, byKeysSql, entityTable, type EntityTable } from './entityRows.sql';
import { rows } from './rows';
import { selectedFields } from './selection';

/**
 * One DataLoader per select list: loads that ask for the same columns in the same tick share one statement, and a
 * row cached with fewer columns is never handed to a field that needs more. A value an earlier batch already read is
 * returned as it is, not as a promise: after a parent list prefetched its children (prefetch.ts), graphql-js completes
 * those fields synchronously. With a `scope` (the request's row filter), every statement carries it in its WHERE: a
 * row outside the caller's tenant is never read.
 */
export abstract class PerSelectLoader<K, V> {
  private readonly lists = new Map<string, { loader: DataLoader<K, V, unknown>; done: Map<unknown, V> }>();
  /** `cacheKey` for composite keys; `path` from the resolver's field to the entity's fields (e.g. ['provider']). */
  constructor(protected readonly ds: DataSource, protected readonly t: EntityTable, protected readonly scope: RijScope | undefined,
    private readonly cacheKey: (key: K) => unknown = (k) => k, private readonly path: readonly string[] = []) {}
  protected abstract batch(keys: readonly K[], select: string): Promise<V[]>;

  /** Rows of `t` read with `scope`: visible by construction (zichtbaarheid.ts skips its check for them). */
  protected gelezen<R>(rijen: R[]): R[] {
    return this.scope ? this.scope.gelezen(this.t.name, rijen) : rijen;
  }

  /** `info`: the resolver's, so only the selected columns are read; without it, every column. */
  load(key: K, info?: GraphQLResolveInfo): V | Promise<V> {
    return this.loadFields(key, info && selectedFields(info, this.path));
  }

  loadFields(key: K, fields?: ReadonlySet<string>): V | Promise<V> {
    const l = this.list(fields);
    const cacheKey = this.cacheKey(key);
    return l.done.has(cacheKey) ? l.done.get(cacheKey)! : l.loader.load(key);
  }

  /**
   * A value read by another statement with the same select list and the same row filter (e.g. aggregated into a
   * parent's page, tariffsOnAggregate), as if this loader had read it: later loads return it without a statement.
   */
  prime(key: K, fields: ReadonlySet<string> | undefined, value: V): void {
    this.list(fields).done.set(this.cacheKey(key), value);
  }

  private list(fields?: ReadonlySet<string>) {
    const { key: list, select } = this.t.columns(fields);
    let l = this.lists.get(list);
    if (!l) {
      const done = new Map<unknown, V>();
      const loader = new DataLoader<K, V, unknown>(async (keys) => {
        const values = await this.batch(keys, select);
        keys.forEach((k, i) => done.set(this.cacheKey(k), values[i]!));
        return values;
      }, { cacheKeyFn: this.cacheKey });
      this.lists.set(list, (l = { loader, done }));
    }
    return l;
  }

  /** Loads `keys` now, in one batch (a parent list reading ahead what its children will ask for). */
  async prefetch(keys: readonly K[], fields?: ReadonlySet<string>): Promise<void> {
    await Promise.all(keys.map((k) => this.loadFields(k, fields)));
  }
}

/** One `SELECT ... WHERE id = ANY($1)` per batch (a tick of the event loop), plain rows in key order. */
export class ByIdLoader<T extends ObjectLiteral & { id: string }> extends PerSelectLoader<string, T | null> {
  protected async batch(ids: readonly string[], select: string) {
    const byId = new Map(this.gelezen(await rows<T>(this.ds, byIdsSql(this.t, ids, select, this.scope))).map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }
}

/**
 * The rows whose foreign key `property` is one of the batched keys, grouped per key:
 * one `SELECT ... WHERE <fk> = ANY($1) ORDER BY <fk>, <order>` per batch, served by the FK's index.
 * `fixed` adds conditions (e.g. only harmonised tariffs).
 */
export class ManyByLoader<T extends ObjectLiteral> extends PerSelectLoader<string, T[]> {
  constructor(ds: DataSource, t: EntityTable, scope: RijScope | undefined, private readonly property: keyof T & string,
    private readonly order: readonly (keyof T & string)[], private readonly fixed: readonly string[]) {
    super(ds, t, scope);
  }

  protected async batch(keys: readonly string[], select: string) {
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const row of this.gelezen(await rows<T>(this.ds, byKeysSql(this.t, this.property, keys, this.order, this.fixed, select, this.scope)))) {
      groups.get(row[this.property] as string)?.push(row);
    }
    return keys.map((k) => groups.get(k)!);
  }
}

export function byIdLoader<T extends ObjectLiteral & { id: string }>(ds: DataSource, scope: RijScope | undefined, entity: EntityTarget<T>) {
  return new ByIdLoader<T>(ds, entityTable(ds, entity), scope);
}

export function manyByLoader<T extends ObjectLiteral>(ds: DataSource, scope: RijScope | undefined, entity: EntityTarget<T>, property: keyof T & string,
  order: readonly (keyof T & string)[], fixed: (t: EntityTable) => string[] = () => []) {
  const t = entityTable(ds, entity);
  return new ManyByLoader<T>(ds, t, scope, property, order, fixed(t));
}
