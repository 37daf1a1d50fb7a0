import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { rows, type Sql } from './rows';

/**
 * Children per parent key from one hand-written statement per batch: `sql(keys)` selects the rows of every key
 * (ordered), `keyOf` names the parent of a row, `map` makes the row the GraphQL object. Plain rows, no entities.
 */
export function groupedRowLoader<R, T>(ds: DataSource, sql: (keys: readonly string[]) => Sql, keyOf: (row: R) => string, map: (row: R) => T) {
  return new DataLoader<string, T[]>(async (keys) => {
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const row of await rows<R>(ds, sql(keys))) groups.get(keyOf(row))?.push(map(row));
    return keys.map((k) => groups.get(k)!);
  });
}

/**
 * As groupedRowLoader, for children that also depend on an argument (e.g. a date): keys are [parent, argument];
 * one statement per distinct argument in the batch.
 */
export function groupedRowLoaderWith<R, T>(ds: DataSource, sql: (keys: readonly string[], arg: string) => Sql, keyOf: (row: R) => string, map: (row: R) => T) {
  return new DataLoader<readonly [string, string], T[], string>(async (keys) => {
    const byArg = new Map<string, string[]>();
    for (const [key, arg] of keys) (byArg.get(arg) ?? byArg.set(arg, []).get(arg)!).push(key);
    const groups = new Map<string, T[]>(keys.map(([k, a]) => [`${a}\u0000${k}`, []]));
    await Promise.all([...byArg].map(async ([arg, ids]) => {
      for (const row of await rows<R>(ds, sql(ids, arg))) groups.get(`${arg}\u0000${keyOf(row)}`)?.push(map(row));
    }));
    return keys.map(([k, a]) => groups.get(`${a}\u0000${k}`)!);
  }, { cacheKeyFn: ([k, a]) => `${a}\u0000${k}` });
}
