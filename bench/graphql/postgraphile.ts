/**
 * PostGraphile 5 (Grafast) as the reference server of `npm run bench:graphql` and test/graphql.postgraphile.test.ts:
 * the Amber preset with its default inflection, no GraphiQL, no watch mode, its own pg.Pool of the given size on
 * the same database, served by grafserv over node:http. Only the objects of postgraphile.sql.ts are added.
 *
 * PostGraphile 5 declares node >= 22; on Node 20 the one thing it lacks is Promise.withResolvers (ES2024, used by
 * grafast and grafserv), supplied below exactly as specified. Nothing else is patched.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { postgraphile } from 'postgraphile';
import { POSTGRAPHILE_SCHEMA } from './postgraphile.sql';

type WithResolvers = <T>() => { promise: Promise<T>; resolve: (v: T | PromiseLike<T>) => void; reject: (e?: unknown) => void };
const P = Promise as unknown as { withResolvers?: WithResolvers };
P.withResolvers ??= <T>() => {
  let resolve!: (v: T | PromiseLike<T>) => void;
  let reject!: (e?: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

export interface PostGraphileServer {
  url: string;
  stop(): Promise<void>;
}

export async function startPostGraphile(options: { connectionString: string; poolSize: number; port?: number; host?: string }): Promise<PostGraphileServer> {
  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.poolSize, application_name: 'postgraphile' });
  pool.on('error', () => undefined); // an idle client dropped by the server; the pool replaces it
  const pgl = postgraphile({
    extends: [PostGraphileAmberPreset],
    pgServices: [makePgService({ pool, schemas: ['public', POSTGRAPHILE_SCHEMA] })],
    grafserv: { graphiql: false, watch: false },
  });
  const serv = pgl.createServ(grafserv);
  const server = http.createServer();
  serv.addTo(server);
  await serv.ready();
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/graphql`,
    async stop() {
      // Stop accepting, let requests in flight finish (a load generator that stopped mid-request has left them
      // running), then release the pool: ending it first made each of them log "Cannot use a pool after calling end".
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const force = setTimeout(() => server.closeAllConnections(), 2000);
      await closed;
      clearTimeout(force);
      await new Promise((resolve) => setTimeout(resolve, 250));
      await pgl.release();
      await pool.end();
    },
  };
}
