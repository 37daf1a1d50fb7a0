/**
 * `npm run generate:nationaal -- [--schaal 1] [--seed 20260101] [--database-url postgres://…] [--stappen inkoop,zorg,herbouw]
 *   [--zonder gebruik,…]`:
 * the bulk path.
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
import { PROJECTIES } from '../monitoring/projecties.js';
import { laadInkoop, STANDAARD_SEED } from './inkoop.js';
import { laadZorg } from './zorg.js';

export type Stap = 'inkoop' | 'zorg' | 'herbouw';

export interface GenereerOpties {
  databaseUrl: string;
  /** Which steps to run (default all, in this order); e.g. only 'herbouw' to rebuild the projections of a loaded database. */
  stappen?: readonly Stap[];
  /** Projections left out of the rebuild (by name), e.g. one whose rebuild does not finish at this scale. */
  zonderProjecties?: readonly string[];
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
    const stappen = new Set(opties.stappen ?? ['inkoop', 'zorg', 'herbouw']);
    if (stappen.has('inkoop')) {
      log(`purchasing (schaal ${opties.schaal}, seed ${opties.seed})`);
      const inkoop = await laadInkoop(pool, { schaal: opties.schaal, seed: opties.seed, log });
      log(`purchasing: ${inkoop.ms} ms, ${inkoop.rijenPerSeconde} rows/s` +
        (inkoop.overgeslagenRegios.length ? `, skipped existing regions ${inkoop.overgeslagenRegios.join(', ')}` : ''));
    }
    if (stappen.has('zorg')) {
      log('care and declarations');
      const zorg = await laadZorg(pool, { schaal: opties.schaal, seed: opties.seed, log });
    log(`care: ${zorg.client} clients, ${zorg.verzoek} requests, ${zorg.toewijzing} allocations, ${zorg.start_product} starts, ` +
      `${zorg.stop_product} stops, ${zorg.declaratie} declarations, ${zorg.prestatie} prestaties, ${zorg.bericht} messages, ` +
      `${zorg.signalering} signals; ${zorg.ms} ms, ${zorg.rijenPerSeconde} rows/s`);
    }
    if (stappen.has('herbouw')) {
      // herbouwAlles, one projection at a time so the log says what each costs.
      for (const p of PROJECTIES) {
        if (opties.zonderProjecties?.includes(p.naam)) {
          log(`projection ${p.naam} NOT rebuilt (--zonder)`);
          continue;
        }
        const t = Date.now();
        await p.herbouw(pool);
        log(`projection ${p.naam} rebuilt in ${Date.now() - t} ms`);
      }
    }
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
      stappen: { type: 'string', default: 'inkoop,zorg,herbouw' },
      zonder: { type: 'string', default: '' },
    },
  });
  const stappen = values.stappen.split(',').map((s) => s.trim()) as Stap[];
  for (const s of stappen) if (!['inkoop', 'zorg', 'herbouw'].includes(s)) throw new Error(`unknown step ${s} (inkoop, zorg, herbouw)`);
  const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/jeugdregie_nationaal';
  await genereerNationaal({ databaseUrl, stappen, zonderProjecties: values.zonder.split(',').filter(Boolean), schaal: Number(values.schaal), seed: Number(values.seed), log: (r) => console.log(r) });
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
