import { MigrationExecutor } from 'typeorm';
import type { DataSource } from 'typeorm';

/**
 * Run the pending migrations (migrations/index.ts), each in its own transaction, under a session
 * advisory lock so two processes starting at once do not both migrate. Lock and migrations share one
 * connection, so this works with a pool of one. Returns the names of the migrations it ran.
 */
export const MIGRATION_LOCK_KEY = 4_242_001;

export async function migrate(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction = 'each';
      const ran = await executor.executePendingMigrations();
      return ran.map((m) => m.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}
