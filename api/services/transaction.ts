import type { DataSource, EntityManager } from 'typeorm';
import { fromPostgres } from '../errors';

/**
 * Runs a mutation in one transaction: any throw rolls back everything it wrote, and a PostgreSQL
 * error (constraint, FK, exclusion ...) is rethrown as a typed JeugdregieError with the field.
 */
export async function inTransaction<T>(ds: DataSource, work: (em: EntityManager) => Promise<T>, fieldPrefix = 'input'): Promise<T> {
  try {
    return await ds.transaction(work);
  } catch (err) {
    throw fromPostgres(err, fieldPrefix) ?? err;
  }
}
