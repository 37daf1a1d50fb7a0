/**
 * The bulk path (`npm run generate:nationaal`, scripts/generate-nationaal.ts): migrate the database
 * (api/boot/migrate.ts), load the purchasing reference set (inkoop.ts), then the care and declaration data (zorg.ts),
 * then rebuild the monitoring projections it is given from the base tables (the registry's herbouw), printing rows/s
 * per table, each rebuild's time and the database size. Use a fresh database: a second run on the same one fails on the
 * unique keys (regions that already exist are skipped, everything below them is not).
 * The projections come in as a parameter, so this directory needs nothing from integration/monitoring (issue 8 copies
 * it into a branch without monitoring to load the purchasing set).
 */
import 'reflect-metadata';
import pg from 'pg';
import { migrate } from '../../api/boot/migrate.js';
import { createDataSource } from '../../ormconfig.js';
import type { Geraakt, Projectie } from '../monitoring/Projectie.js';
import { laadInkoop } from './inkoop.js';
import { laadZorg } from './zorg.js';

export type Stap = 'inkoop' | 'zorg' | 'herbouw';

/**
 * What the rebuild step needs of a projection. A type-only import: the generator stays free of the monitoring code at
 * run time (the caller passes the projections), but does not restate its contract.
 */
export type HerbouwbareProjectie = Pick<Projectie, 'naam' | 'herbouw' | 'werkBij'>;

/** Clients per refresh when a projection is rebuilt in parts (`perClientDelen`); measured at schaal 0.002: 500 → 100 s, 50 → 13 s, 20 → 11 s. */
const CLIENTEN_PER_DEEL = 50;

export interface GenereerOpties {
  databaseUrl: string;
  /** Which steps to run (default all, in this order); e.g. only 'herbouw' to rebuild the projections of a loaded database. */
  stappen?: readonly Stap[];
  /** The projections to rebuild, in order (the registry: integration/monitoring/projecties.ts PROJECTIES). */
  projecties?: readonly HerbouwbareProjectie[];
  /**
   * Projections rebuilt client by client through their own incremental refresh (werkBij over every client, 50 at a time,
   * one transaction each) instead of one herbouw statement: for a per-client projection whose rebuild statement does
   * not scale (its plan is quadratic over the whole country); incremental equals rebuild is that projection's own test.
   */
  perClientDelen?: readonly string[];
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
      for (const p of opties.projecties ?? []) {
        if (opties.zonderProjecties?.includes(p.naam)) {
          log(`projection ${p.naam} NOT rebuilt (--zonder)`);
          continue;
        }
        const t = Date.now();
        if (opties.perClientDelen?.includes(p.naam)) await herbouwPerClient(pool, p);
        else await p.herbouw(pool);
        log(`projection ${p.naam} rebuilt in ${Date.now() - t} ms${opties.perClientDelen?.includes(p.naam) ? ' (per client)' : ''}`);
      }
    }
    const { rows } = await pool.query<{ grootte: string }>('SELECT pg_size_pretty(pg_database_size(current_database())) AS grootte');
    log(`done in ${((Date.now() - begin) / 1000).toFixed(1)} s; database size ${rows[0]!.grootte}`);
  } finally {
    await pool.end();
  }
}

/** Every client's rows through the projection's refresh, CLIENTEN_PER_DEEL clients per transaction, in key order. */
export async function herbouwPerClient(pool: pg.Pool, p: HerbouwbareProjectie): Promise<void> {
  const { rows } = await pool.query<{ g: string; c: string }>('SELECT gemeente_code AS g, id::text AS c FROM client ORDER BY gemeente_code, id');
  const client = await pool.connect();
  try {
    for (let i = 0; i < rows.length; i += CLIENTEN_PER_DEEL) {
      const deel = rows.slice(i, i + CLIENTEN_PER_DEEL);
      const geraakt: Geraakt = { gemeenten: [...new Set(deel.map((r) => r.g))], clienten: deel.map((r) => ({ gemeenteCode: r.g, clientId: r.c })),
        toewijzingen: [], verzoeken: [], declaraties: [], signaleringen: [] };
      await client.query('BEGIN');
      try {
        await p.werkBij(client, geraakt);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      }
    }
  } finally {
    client.release();
  }
}
