/**
 * Stopping the server waits for every GraphQL request still in hand, also one whose client has already gone:
 * Apollo's drain waits for open connections only, and a request whose client left keeps running its statements, so
 * closing the database right after would fail them ("Cannot use a pool after calling end"). Made deterministic with a
 * lock: the request's read waits on an ACCESS EXCLUSIVE lock another connection holds.
 */
import pg from 'pg';
import { createServer } from '../api/server';
import { createDataSource } from '../ormconfig';
import { useTestDatabase } from './support/db';
import { rolHeaders } from './support/rol';

const db = useTestDatabase();

test('stop() resolves only after a request whose client left has finished, and nothing fails on a closed pool', async () => {
  const ds = createDataSource(db.url, { poolSize: 2 });
  await ds.initialize();
  const errors: unknown[] = [];
  const server = await createServer({ dataSource: ds, port: 0, host: '127.0.0.1', logError: (e) => errors.push(e) });
  const lock = new pg.Client({ connectionString: db.url });
  await lock.connect();
  try {
    await lock.query('BEGIN');
    await lock.query('LOCK TABLE region IN ACCESS EXCLUSIVE MODE');
    const client = new AbortController();
    const request = fetch(server.url, {
      method: 'POST', headers: { 'content-type': 'application/json', ...rolHeaders('beheer') },
      body: JSON.stringify({ query: '{ regions { totalCount } }' }), signal: client.signal,
    }).catch((e: unknown) => e);
    // the request is waiting on the lock in PostgreSQL
    for (let i = 0; i < 100; i++) {
      const { rows } = await db.pool.query(`SELECT count(*)::int AS n FROM pg_locks WHERE relation = 'region'::regclass AND NOT granted`);
      if (rows[0].n > 0) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    client.abort();
    await request;
    let stopped = false;
    const stop = server.stop().then(() => { stopped = true; });
    await new Promise((r) => setTimeout(r, 300));
    expect(stopped).toBe(false);
    await lock.query('ROLLBACK');
    await stop;
    expect(stopped).toBe(true);
  } finally {
    await lock.end();
    await ds.destroy();
  }
  await new Promise((r) => setTimeout(r, 50));
  expect(errors).toEqual([]);
});
