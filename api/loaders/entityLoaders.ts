import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { byIdsSql, byKeysSql, entityTable, type EntityTable } from './entityRows.sql';
import { rows } from './rows';

/**
 * One `SELECT ... WHERE id = ANY($1)` per batch (a tick of the event loop), plain rows in key order.
 */
export function byIdLoader<T extends ObjectLiteral & { id: string }>(ds: DataSource, entity: EntityTarget<T>) {
  const t = entityTable(ds, entity);
  return new DataLoader<string, T | null>(async (ids) => {
    const byId = new Map((await rows<T>(ds, byIdsSql(t, ids))).map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * The rows whose foreign key `property` is one of the batched keys, grouped per key:
 * one `SELECT ... WHERE <fk> = ANY($1) ORDER BY <fk>, <order>` per batch, served by the FK's index.
 * `fixed` adds conditions (e.g. only harmonised tariffs).
 */
export function manyByLoader<T extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  property: keyof T & string,
  order: readonly (keyof T & string)[],
  fixed: (t: EntityTable) => string[] = () => [],
) {
  const t = entityTable(ds, entity);
  const conditions = fixed(t);
  return new DataLoader<string, T[]>(async (keys) => {
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const row of await rows<T>(ds, byKeysSql(t, property, keys, order, conditions))) groups.get(row[property] as string)?.push(row);
    return keys.map((k) => groups.get(k)!);
  });
}
