/**
 * `npm run generate:nationaal -- [--schaal 1] [--seed 20260101] [--database-url postgres://…]`: the bulk path.
 * Migrates the database (api/boot/migrate.ts), loads the purchasing reference set (inkoop.ts), then the care and
 * declaration data (zorg.ts), then rebuilds every monitoring projection from the base tables (herbouwAlles), and
 * prints rows/s per table and the database size. Without --database-url it uses DATABASE_URL, else the
 * database `jeugdregie_nationaal` on 127.0.0.1:5432 (created when missing). Use a fresh database: a second run on
 * the same one fails on the unique keys (regions that already exist are skipped, everything below them is not).
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { migrate } from '../../api/boot/migrate.js';
import { createDataSource } from '../../ormconfig.js';
import { laadInkoop, STANDAARD_SEED } from './inkoop.js';

export interface GenereerOpties {
  databaseUrl: string;
  schaal: number;
  seed: number;
  log: (regel: string) => void;
}

export async function maakDatabaseAlsNodig(url: string): Promise<void> {
  const u = new URL(url);
  const naam = decodeURIComponent(u.pathname.slice(1));
  u.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: u.toString() });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [naam]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(naam)}`);
  } finally {
    await admin.end();
  }
}

export async function genereerNationaal(opties: GenereerOpties): Promise<void> {
  const { log } = opties;
  const begin = Date.now();
  await maakDatabaseAlsNodig(opties.databaseUrl);
  const ds = createDataSource(opties.databaseUrl, { poolSize: 1, applicationName: 'jeugdregie-nationaal' });
  await ds.initialize();
  try {
    await migrate(ds);
  } finally {
    await ds.destroy();
  }
  const pool = new pg.Pool({ connectionString: opties.databaseUrl, max: 2, application_name: 'jeugdregie-nationaal' });
  try {
    log(`purchasing (schaal ${opties.schaal}, seed ${opties.seed})`);
    const inkoop = await laadInkoop(pool, { schaal: opties.schaal, seed: opties.seed, log });
    log(`purchasing: ${inkoop.ms} ms, ${inkoop.rijenPerSeconde} rows/s` +
      (inkoop.overgeslagenRegios.length ? `, skipped existing regions ${inkoop.overgeslagenRegios.join(', ')}` : ''));
    const { rows } = await pool.query<{ grootte: string }>('SELECT pg_size_pretty(pg_database_size(current_database())) AS grootte');
    log(`done in ${((Date.now() - begin) / 1000).toFixed(1)} s; database size ${rows[0]!.grootte}`);
  } finally {
    await pool.end();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      schaal: { type: 'string', default: '1' },
      seed: { type: 'string', default: String(STANDAARD_SEED) },
      'database-url': { type: 'string' },
    },
  });
  const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/jeugdregie_nationaal';
  await genereerNationaal({ databaseUrl, schaal: Number(values.schaal), seed: Number(values.seed), log: (r) => console.log(r) });
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
