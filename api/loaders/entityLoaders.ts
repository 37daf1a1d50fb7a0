import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type FindOptionsOrder, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';

/**
 * One `SELECT ... WHERE id = ANY($1)` per batch (a tick of the event loop), results in key order.
 */
export function byIdLoader<T extends ObjectLiteral & { id: string }>(ds: DataSource, entity: EntityTarget<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await ds.getRepository(entity).findBy({ id: In([...ids]) } as FindOptionsWhere<T>);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * The rows whose foreign key `property` is one of the batched keys, grouped per key:
 * one `SELECT ... WHERE <fk> = ANY($1) ORDER BY ...` per batch, served by the FK's index.
 * `where` adds fixed conditions (e.g. only harmonised tariffs).
 */
export function manyByLoader<T extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  property: keyof T & string,
  order: FindOptionsOrder<T>,
  where: FindOptionsWhere<T> = {},
) {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await ds.getRepository(entity).find({
      where: { ...where, [property]: In([...keys]) } as FindOptionsWhere<T>,
      order,
    });
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const row of rows) groups.get(row[property] as string)?.push(row);
    return keys.map((k) => groups.get(k) ?? []);
  });
}
