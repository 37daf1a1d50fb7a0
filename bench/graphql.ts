/**
 * `npm run bench:graphql -- [--seconds 10] [--rounds 5] [--connections 10] [--pool 10] [--warmup 3] [--schaal 1] [--database-url URL]
 *   [--zorg-schaal 0.1] [--only abcd] [--node-flags '--max-semi-space-size=32'] [--rol beheer|regio|<scope>]`  (node flags: for both servers alike)
 *
 * Jeugdregie against PostGraphile 5 on the same database: loads the national purchasing reference set
 * (integration/nationaal laadInkoop: 42 regions, 342 municipalities, ~8,500 providers, ~50,000 contracts, ~2,100
 * products, ~500,000 tariff periods) and its care data without declarations (laadZorg, --zorg-schaal 0.1: ~80,000
 * clients, ~100,000 allocations; 0 skips it) into a fresh migrated database, starts both servers as child processes
 * (bench/graphql/serve.ts: one process, one pool of --pool connections each), checks that both answer every query
 * alike (normalised, bench/graphql/queries.ts), then drives each with autocannon (--connections keep-alive
 * connections, --warmup s, then --seconds s per server in --rounds alternating slices, one server at a time: the
 * machine is shared, so both see the same background load) and prints req/s and p50/p99 latency (over every
 * request) for both and the ratio. --database-url uses an existing, already loaded database instead (it is not dropped);
 * --keep keeps the one this run loaded and prints its URL, for the next run's --database-url.
 *
 * Jeugdregie is called with a bearer token (bench/graphql/token.ts) for --rol: `beheer` (default; sees every row, as
 * PostGraphile does), `regio` (the benchmarked region's own role: its row filter in every statement, same answers),
 * or any role scope; query d (care data, which beheer may not read) always as the region whose allocations it pages. So its numbers include token verification, the access rules and the row filter.
 *
 * Last full runs (`npm run bench:graphql -- --keep`, then `-- --database-url <that database>`, defaults otherwise),
 * 2026-11-22 ~13:57 UTC, 2 vCPU Intel Xeon (a quiet machine: load average ~2 from the run itself), Node 20.20.2,
 * PostgreSQL 15, PostGraphile 5.1.5 (Amber, Promise.withResolvers polyfill); national purchasing set + laadZorg schaal
 * 0.1 without declarations (80,000 clients, 100,080 allocations):
 *
 * | query                                                                          | Jeugdregie req/s | p50 ms | p99 ms | PostGraphile req/s | p50 ms | p99 ms | ratio |
 * |--------------------------------------------------------------------------------|-----------------:|-------:|-------:|-------------------:|-------:|-------:|------:|
 * | a. 100 contracts of a region + provider, segment, tariffs today                |              182 |     52 |    110 |                140 |     68 |    157 | 1.30× |
 * | b. tariff of one contract × product on a date                                  |             2935 |      3 |     11 |               1317 |      7 |     17 | 2.23× |
 * | c. providers of a segment + contract count, latest end                         |              100 |     93 |    196 |                 56 |    167 |    376 | 1.79× |
 * | d. 100 allocations of a region + client pseudonym, product, provider, contract |              213 |     44 |     92 |                167 |     55 |    123 | 1.27× |
 *
 * The plain `npm run bench:graphql` (fresh load, ~4.5 min) at 14:17, when the machine was slower for both: a 149 vs 130
 * req/s (1.15×, p99 147 vs 179 ms), b 2348 vs 1139 (2.06×), c 87 vs 42 (2.05×), d 146 vs 126 (1.16×, p99 139 vs 174).
 *
 * The same database with `--rol regio --only abc` (Jeugdregie as the region itself: its row filter in the statements):
 * a 149 vs 143 req/s (1.04×, p99 133 vs 153 ms), b 2.13×, c 1.93×; at 14:30, after RijScope marked its rows with a
 * symbol instead of a Map (less GC): a 137 vs 107 (1.28×, p99 156 vs 234 ms), b 1.83×, c 1.60× (and beheer in the
 * same minutes: a 1.19×, b 2.04×, c 1.91×, d 1.15×, every p99 lower). With a CPU-bound process on one of the two cores
 * alongside (beheer): a 1.20×, b 2.27×, c 1.94×, d 1.16×, every p99 lower than PostGraphile's. Run to run on this
 * machine the req/s of both servers move by ±15%; the ratio moves less (both see the same conditions, in turns).
 *
 * What made the difference, in the order it was measured (query, then req/s before -> after on this machine):
 *   - d: the audit write of a read joined the client table on text[] against char(4): a sequential scan of all
 *     clients before every response with client data (45 -> 96 req/s; api/audit/auditLog.sql.ts).
 *   - all: graphql-jit executes the operations (api/execution/jitGateway.ts, through Apollo's gateway interface; a 95
 *     -> 144), and fields without middleware have no resolver, so it reads them inline (a 144 -> 188;
 *     api/execution/simpleResolvers.ts).
 *   - d: the page and its client, product, provider and contract in one statement, limited before the joins (108 ->
 *     196); a region's row filter as `region_id = (scalar subquery)` with a (provider_id, region_id) index; scope and
 *     audit statements prepared on the pool instead of TypeORM's QueryRunner.
 *   - a: the tariffs valid on the date aggregated into the page statement as JSON arrays of columns, handed to the
 *     loader Contract.tariffs asks (1 statement instead of 2; ~188 -> ~240 in single-server runs); as a region, no
 *     separate row filter on what a visible contract's row implies (test/auth.contractRelaties.test.ts).
 * Earlier (the tables of the previous session, under load ~8.5): plain rows instead of entities, only the selected
 * columns, prepared statements, btree indexes for the tariff lookups, the audit wrapping Client's fields only.
  */
import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { laadInkoop } from '../integration/nationaal/inkoop.js';
import { laadZorg } from '../integration/nationaal/zorg.js';
import { benchDatabase } from './db.js';
import { ask, drive, Measurement } from './graphql/load.js';
import { installPostGraphileObjects } from './graphql/postgraphile.sql.js';
import { benchParams } from './graphql/params.js';
import { benchQueries } from './graphql/queries.js';
import { benchToken } from './graphql/token.js';

const SERVERS = ['jeugdregie', 'postgraphile'] as const;
type ServerName = (typeof SERVERS)[number];

function startServer(which: ServerName, url: string, pool: number, nodeFlags: string[], env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(path.resolve(__dirname, 'graphql/serve.ts'), [which], {
    execArgv: [...nodeFlags, '-r', path.resolve(__dirname, '../test/flows/swcRegister.js')],
    env: { ...process.env, ...env, DATABASE_URL: url, BENCH_POOL: String(pool), NODE_ENV: 'production', GRAPHILE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m: { url: string }) => resolve({ child, url: m.url }));
    child.once('exit', (code, signal) => reject(new Error(`${which} stopped before it listened (${code ?? signal})`)));
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

const fmt = (n: number, d = 0) => n.toFixed(d);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
      pool: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      rounds: { type: 'string', default: '5' },
      schaal: { type: 'string', default: '1' },
      'zorg-schaal': { type: 'string', default: '0.1' },
      'database-url': { type: 'string' },
      only: { type: 'string' },
      'node-flags': { type: 'string', default: '' },
      rol: { type: 'string', default: 'beheer' },
      keep: { type: 'boolean', default: false },
    },
  });
  const seconds = Number(values.seconds);
  const connections = Number(values.connections);
  const pool = Number(values.pool);
  const warmup = Number(values.warmup);
  const rounds = Math.max(1, Number(values.rounds));
  const nodeFlags = values['node-flags'].split(' ').filter(Boolean);

  const own = values['database-url'] ? undefined : await benchDatabase(2);
  const url = values['database-url'] ?? own!.url;
  const children: ChildProcess[] = [];
  try {
    if (own) {
      console.log(`loading the national purchasing set (schaal ${values.schaal}) ...`);
      const t = await laadInkoop(own.pool, { schaal: Number(values.schaal) });
      console.log(`  ${t.regios} regions, ${t.gemeenten} municipalities, ${t.aanbieders} providers, ${t.segmenten} segments, ` +
        `${t.contracten} contracts, ${t.producten} products, ${t.tariefperioden} tariff periods, ${t.budgetten} budgets in ${(t.ms / 1000).toFixed(1)} s`);
      const zorgSchaal = Number(values['zorg-schaal']);
      if (zorgSchaal > 0) {
        console.log(`loading care data (schaal ${zorgSchaal}, without declarations) ...`);
        const z = await laadZorg(own.pool, { schaal: zorgSchaal, declaraties: false });
        console.log(`  ${z.client} clients, ${z.toewijzing} allocations, ${z.start_product} starts, ${z.stop_product} stops in ${(z.ms / 1000).toFixed(1)} s`);
      }
    }
    await installPostGraphileObjects(url);
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    await db.query('VACUUM ANALYZE');
    const params = await benchParams(db);
    const scope = values.rol === 'regio'
      ? `regio:${(await db.query<{ code: string }>('SELECT code FROM region WHERE id = $1', [params.regionId])).rows[0]!.code}`
      : values.rol;
    await db.end();
    const queries = benchQueries(params).filter((q) => !values.only || values.only.includes(q.key));

    const token = await benchToken(scope);
    const regio = await benchToken(`regio:${params.regioCode}`);
    const headersVoor = (q: (typeof queries)[number]): Record<ServerName, Record<string, string>> =>
      ({ jeugdregie: q.alsRegio ? regio.headers : token.headers, postgraphile: {} });
    const servers = {} as Record<ServerName, string>;
    for (const which of SERVERS) {
      const s = await startServer(which, url, pool, nodeFlags, which === 'jeugdregie' ? token.env : {});
      children.push(s.child);
      servers[which] = s.url;
    }

    // Same data on both sides, or the numbers mean nothing.
    for (const q of queries) {
      const j = q.normalise.jeugdregie(await ask(servers.jeugdregie, q.jeugdregie, headersVoor(q).jeugdregie));
      const p = q.normalise.postgraphile(await ask(servers.postgraphile, q.postgraphile));
      if (JSON.stringify(j) !== JSON.stringify(p)) throw new Error(`query ${q.key}: the servers disagree\n${JSON.stringify(j).slice(0, 600)}\n${JSON.stringify(p).slice(0, 600)}`);
      const size = Array.isArray(j) ? `${j.length} rows` : 'ok';
      console.log(`  ${q.key}: both servers agree (${size})`);
    }

    // The machine is shared: the servers take turns in --rounds slices of --seconds, so both see the same conditions.
    const results: { title: string; j: Measurement; p: Measurement }[] = [];
    for (const q of queries) {
      const m = { jeugdregie: new Measurement(), postgraphile: new Measurement() };
      const headers = headersVoor(q);
      for (const which of SERVERS) if (warmup > 0) await drive(servers[which], q[which], { connections, seconds: warmup }, undefined, headers[which]);
      for (let r = 0; r < rounds; r++) {
        for (const which of r % 2 ? [...SERVERS].reverse() : SERVERS) await drive(servers[which], q[which], { connections, seconds: seconds / rounds }, m[which], headers[which]);
      }
      results.push({ title: q.title, j: m.jeugdregie, p: m.postgraphile });
      console.log(`  ${q.key}: jeugdregie ${fmt(m.jeugdregie.rps)} req/s, postgraphile ${fmt(m.postgraphile.rps)} req/s`);
    }

    console.log(`\nbench:graphql — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}, ` +
      `PostGraphile 5 (Amber), ${connections} connections, ${seconds} s per server in ${rounds} alternating rounds (warm-up ${warmup} s), ` +
      `pool ${pool} each, one process each${nodeFlags.length ? `, node ${nodeFlags.join(' ')}` : ''}; Jeugdregie as ${scope} (bearer token)` +
      `${queries.some((q) => q.alsRegio) ? `, d as regio:${params.regioCode}` : ''}`);
    const head = ['query', 'Jeugdregie req/s', 'p50 ms', 'p99 ms', 'PostGraphile req/s', 'p50 ms', 'p99 ms', 'ratio'];
    const rows = results.map((r) => [r.title, fmt(r.j.rps), fmt(r.j.percentile(50)), fmt(r.j.percentile(99)), fmt(r.p.rps),
      fmt(r.p.percentile(50)), fmt(r.p.percentile(99)), `${fmt(r.j.rps / r.p.rps, 2)}×`]);
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
    console.log(line(head));
    console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
    for (const r of rows) console.log(line(r));
    const errors = results.reduce((n, r) => n + r.j.errors + r.p.errors, 0);
    if (errors) console.log(`(${errors} failed requests)`);
  } finally {
    await Promise.all(children.map(stopServer));
    await own?.close(values.keep);
    if (own && values.keep) console.log(`kept the loaded database: --database-url ${own.url}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
