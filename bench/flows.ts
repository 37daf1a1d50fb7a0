/**
 * Messages/s through receive → validate (XSD + rules) → cross-message rules → handler → retour + outbox,
 * on a fresh migrated database per row (DATABASE_URL or 127.0.0.1:5432):
 * - in-process: 1 and 2 workers in this process (verwerkAlles), the full pipeline and, as a reference, the
 *   pipeline without cross-message rules;
 * - processes: 1 and 2 processes of integration/flows/processor.ts (the scaling unit: validation is CPU-bound and
 *   runs on one JS thread per process), BENCH_PROCESS_WORKERS workers each (default 1).
 * A process row is timed from the moment the backlog is released to the moment it is empty: the messages are
 * received first and held with FOR UPDATE by this process (the claim's SKIP LOCKED steps over them) until every
 * processor has compiled its schemas and warmed up ('klaar'), so start-up is not counted.
 * After each in-process run the projector drains the monitoring queue the run filled (integration/monitoring/wachtrij.ts)
 * and the time it took is printed below the table.
 *   npm run bench:flows -- [n]
 */
import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { receive } from '../integration/flows/receive.js';
import { standaardDeps } from '../integration/flows/standaardDeps.js';
import { alleRegels } from '../integration/rules/specifiedRegels.js';
import { verwerkAlles } from '../integration/flows/worker.js';
import { leegMonitoringWachtrij } from '../integration/monitoring/wachtrij.js';
import { genereer } from '../integration/simulator/generator.js';
import { seedGeneratorInkoop } from '../test/flows/seedGenerator.js';
import { benchDatabase, type BenchDb } from './db.js';

const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function vulBacklog(db: BenchDb, n: number, seed: number): Promise<number> {
  await seedGeneratorInkoop(db.pool);
  const msgs = [...genereer(n, { seed, prefix: 'B' })];
  const t0 = performance.now();
  for (const m of msgs) await receive(db.pool, m.xml, { kanaal: 'bench' });
  return n / ((performance.now() - t0) / 1000);
}

function startProcessor(url: string, workers: number): Promise<ChildProcess> {
  const p = fork(path.resolve(__dirname, '../integration/flows/processor.ts'), [], {
    execArgv: ['-r', path.resolve(__dirname, '../test/flows/swcRegister.js')],
    env: { ...process.env, DATABASE_URL: url, JEUGDREGIE_WORKERS: String(workers), JEUGDREGIE_POLL_MS: '5' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((res, rej) => {
    p.once('message', () => res(p));
    p.once('exit', (code, signal) => rej(new Error(`processor stopped before it was ready (${code ?? signal})`)));
  });
}

function stopProcessor(p: ChildProcess): Promise<void> {
  return new Promise((res) => {
    if (p.exitCode !== null || p.signalCode !== null) return res();
    p.once('exit', () => res());
    p.kill('SIGTERM');
  });
}

/** Seconds from releasing the held backlog to its end, with `processen` processor processes. */
async function metProcessen(db: BenchDb, processen: number, workers: number): Promise<number> {
  const houder = await db.pool.connect();
  const kinderen: ChildProcess[] = [];
  try {
    await houder.query('BEGIN');
    await houder.query(`SELECT id FROM bericht WHERE status = 'received' FOR UPDATE`);
    for (let i = 0; i < processen; i++) kinderen.push(await startProcessor(db.url, workers));
    const t0 = performance.now();
    await houder.query('COMMIT');
    for (;;) {
      const { n } = (await db.pool.query(`SELECT count(*)::int AS n FROM bericht WHERE status = 'received'`)).rows[0] as { n: number };
      if (n === 0) break;
      await wacht(10);
    }
    return (performance.now() - t0) / 1000;
  } finally {
    houder.release();
    await Promise.all(kinderen.map(stopProcessor));
  }
}

async function main() {
  const n = Number(process.argv[2] ?? 1000);
  const procWorkers = Number(process.env.BENCH_PROCESS_WORKERS ?? 1);
  const rows: string[][] = [];
  const projector: string[] = [];
  const rij = (naam: string, soort: string, processen: number, workers: number, receivePerS: number, s: number) =>
    rows.push([naam, soort, String(processen), String(workers), String(n), receivePerS.toFixed(0), (n / s).toFixed(0), (n / (n / receivePerS + s)).toFixed(0)]);

  for (const [naam, deps] of [['volledig', standaardDeps()], ['zonder kruisregels', standaardDeps({ regels: alleRegels.filter((r) => r.controleniveau !== 'berichtoverstijgend') })]] as const) {
    for (const workers of [1, 2]) {
      const db = await benchDatabase(10);
      const receivePerS = await vulBacklog(db, n, workers);
      const t1 = performance.now();
      await verwerkAlles(db.pool, deps, workers);
      rij(naam, 'in-proces', 1, workers, receivePerS, (performance.now() - t1) / 1000);
      // The monitoring refresh left the message transaction: what the projector then takes to catch up.
      const t2 = performance.now();
      const genomen = await leegMonitoringWachtrij(db.pool);
      const s = (performance.now() - t2) / 1000;
      projector.push(`projector after ${naam}, ${workers} worker(s): ${genomen} queue rows in ${s.toFixed(2)} s (${(n / s).toFixed(0)} messages/s)`);
      await db.close();
    }
  }
  for (const processen of [1, 2]) {
    const db = await benchDatabase(10);
    const receivePerS = await vulBacklog(db, n, processen);
    rij('volledig', 'processor.ts', processen, procWorkers, receivePerS, await metProcessen(db, processen, procWorkers));
    await db.close();
  }
  const kop = ['pipeline', 'uitvoering', 'processen', 'workers/proces', 'berichten', 'receive/s', 'verwerk/s', 'totaal/s'];
  console.log(kop.join('\t'));
  for (const r of rows) console.log(r.join('\t'));
  for (const r of projector) console.log(r);
}
void main();
