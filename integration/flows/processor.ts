/**
 * A processor process: `workers` pipeline workers (integration/flows/worker.ts) on one pg.Pool. This is the
 * scaling unit. Validation (XSD, rules, retour build) is CPU-bound and runs on the process's one JS thread,
 * so throughput grows by running more processes — on one machine or many, against one database — not by
 * more workers in one process (those only overlap database round trips). The claim is FOR UPDATE SKIP
 * LOCKED, so any number of processes share one backlog; a killed process's transactions roll back. A worker that
 * finds the backlog empty drains the monitoring queue (integration/monitoring/wachtrij.ts) before it waits.
 *
 *   DATABASE_URL=postgres://… JEUGDREGIE_WORKERS=4 node dist/integration/flows/processor.js
 *
 * Stops on SIGTERM/SIGINT after the current messages; a parent that forked it gets 'klaar' once the XSD
 * schemas are compiled.
 */
import pg from 'pg';
import { buildBericht } from '../ijw/codec.js';
import { getXsdValidator } from '../ijw/xsdValidator.js';
import type { Heenbericht } from '../ijw/berichttypen.js';
import { runRegels } from '../rules/runRegels.js';
import { sjabloon } from '../simulator/sjablonen.js';
import type { PipelineDeps } from './PipelineDeps.js';
import { standaardDeps } from './standaardDeps.js';
import { startWorker, type Worker } from './worker.js';
import { leegMonitoringWachtrij } from '../monitoring/wachtrij.js';

export interface Processor {
  stop(): Promise<void>;
}

export interface ProcessorOpties {
  workers?: number;
  deps?: PipelineDeps;
  pollMs?: number;
  log?(regel: string, fout?: unknown): void;
}

export async function startProcessor(pool: pg.Pool, opts: ProcessorOpties = {}): Promise<Processor> {
  const deps = opts.deps ?? standaardDeps();
  await opwarmen(deps);
  const log = opts.log ?? ((r: string, e?: unknown) => console.error(r, e));
  const workers: Worker[] = Array.from({ length: opts.workers ?? 1 }, () =>
    startWorker(pool, deps, {
      onFout: (e) => log('verwerking mislukt', e),
      bijLeeg: () => leegMonitoringWachtrij(pool), // the monitoring projector (SKIP LOCKED: every worker may drain)
      ...(opts.pollMs !== undefined ? { pollMs: opts.pollMs } : {}),
    }),
  );
  return {
    async stop() {
      await Promise.all(workers.map((w) => w.stop()));
    },
  };
}

/**
 * Compile the XSDs and run the official examples (the simulator's templates, built with the codec) once through
 * decode, the in-message rules and the retour builder (no database), so the first claimed messages do not pay
 * for lazy compilation while holding locks.
 */
async function opwarmen(deps: PipelineDeps): Promise<void> {
  await getXsdValidator();
  for (const type of ['JW315', 'JW317', 'JW305', 'JW307', 'JW323'] as const satisfies readonly Heenbericht[]) {
    const xml = buildBericht(type, sjabloon(type));
    const v = await deps.valideer(xml, type);
    if (!v.bericht) continue;
    const bevindingen = await runRegels(type, v.bericht, { bronnen: deps.bronnen, regels: deps.regels });
    deps.bouwRetour({ heenType: type, heenXml: xml, heenBericht: v.bericht, bevindingen, identificatieRetour: 'opwarmen', dagtekeningRetour: deps.bronnen.vandaag() });
  }
}

async function main(): Promise<void> {
  const workers = Number(process.env.JEUGDREGIE_WORKERS ?? 2);
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: workers + 1, application_name: 'jeugdregie-processor' });
  const p = await startProcessor(pool, { workers, pollMs: Number(process.env.JEUGDREGIE_POLL_MS ?? 250) });
  process.send?.('klaar');
  const stop = async () => {
    await p.stop();
    await pool.end();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

if (require.main === module) void main();
