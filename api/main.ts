/**
 * `npm start`: the database (DATABASE_URL, else embedded PostgreSQL in data/pg; migrations; the demo
 * region on first start — see api/boot/database.ts), then GraphQL on PORT (default 4000) at /graphql.
 * SIGINT/SIGTERM stop the HTTP server first (in-flight requests finish), then the database.
 */
import 'reflect-metadata';
import { openDatabase } from './boot/database';
import { createServer } from './server';

async function main(): Promise<void> {
  const t0 = performance.now();
  const db = await openDatabase();
  let server: Awaited<ReturnType<typeof createServer>>;
  try {
    server = await createServer({ dataSource: db.dataSource, host: process.env.HOST });
  } catch (err) {
    await db.close();
    throw err;
  }
  console.log(`database: ${db.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'} ${db.displayUrl}`);
  console.log(`Jeugdregie GraphQL ready at ${server.url} (open it in a browser for the Apollo landing page) ` +
    `in ${Math.round(performance.now() - t0)} ms`);

  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping the server, then the database`);
    try {
      await server.stop();
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
