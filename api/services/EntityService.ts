import type { DataSource, EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { NotFoundError } from '../errors';
import type { InkoopTabel, Predicaat } from '../auth/rijFilter';
import type { ConnectionArgs } from '../pagination/Connection';
import { paginate, type Sort } from '../pagination/paginate';
import { definedOnly } from './validate';
import { inTransaction } from './transaction';

/** The caller's tenant as a SQL predicate on a table under an alias (api/auth/rijFilter.ts); null = no restriction. */
export type RijScope = (tabel: InkoopTabel, alias: string) => Predicaat | null;

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

  /** `scope`: the request's row filter (api/auth/handhaving.ts makes services per request); without it, every row. */
  constructor(protected readonly ds: DataSource, private readonly scope?: RijScope) {}

  protected repo(em: EntityManager = this.ds.manager) {
    return em.getRepository(this.entity);
  }

  async get(id: string): Promise<T | null> {
    if (!isUuid(id)) return null;
    return this.repo().findOneBy({ id } as never);
  }

  /** `WHERE alias.prop = :prop AND ...` for each given filter value, then one keyset page. */
  protected list(filter: Filter<T>, args: ConnectionArgs, extra?: (qb: SelectQueryBuilder<T>) => void) {
    const qb = this.repo().createQueryBuilder(this.alias);
    for (const [key, value] of Object.entries(filter)) {
      if (value === undefined || value === null) continue;
      qb.andWhere(`${this.alias}.${key} = :${key}`, { [key]: value });
    }
    const tenant = this.scope?.(this.repo().metadata.tableName as InkoopTabel, this.alias);
    if (tenant) qb.andWhere(tenant.sql, tenant.params);
    extra?.(qb);
    return paginate(qb, this.alias, this.sort, args);
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
