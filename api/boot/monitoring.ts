/**
 * Start-up: a migration that adds or changes a monitoring projection (by convention its class is named Monitoring*)
 * leaves its tables empty while the care and declaration tables may already hold data; rebuild every projection from
 * the base tables once, in one transaction (integration/monitoring herbouwAlles). From then on the hooks keep them up
 * to date. On a new database (nothing to rebuild from) this costs a few empty scans.
 */
import type { DataSource } from 'typeorm';
import { herbouwAlles } from '../../integration/monitoring/projecties.js';
import { inCareTransaction } from '../services/careTransaction.js';

export async function herbouwMonitoringNaMigratie(ds: DataSource, migrationsRun: readonly string[], log: (m: string) => void): Promise<boolean> {
  if (!migrationsRun.some((n) => n.startsWith('Monitoring'))) return false;
  const t0 = performance.now();
  await inCareTransaction(ds, (db) => herbouwAlles(db));
  log(`monitoring projections rebuilt from the base tables in ${Math.round(performance.now() - t0)} ms`);
  return true;
}
