/**
 * All scheduled jobs. Every instance ticks (node-cron); each body runs only in the instance that wins
 * the job's pg_try_advisory_lock, except the monitoring projector (its queue is claimed with SKIP LOCKED).
 * Also starts the in-process pipeline workers.
 *
 *   const s = startScheduler(pool, { postbusRoot: 'data/postbus', workers: 2 });  ...  await s.stop();
 */
import cron from 'node-cron';
import type { Pool } from 'pg';
import type { PipelineDeps } from '../flows/PipelineDeps.js';
import { standaardDeps } from '../flows/standaardDeps.js';
import { startWorker, type Worker } from '../flows/worker.js';
import { postbus } from '../transport/postbus.js';
import { directoryVerzender } from '../transport/verzenders.js';
import { JOB_KEYS, metAdvisoryLock } from './advisoryLock.js';
import { pollInbox } from './pollInbox.js';
import { sendOutbox, type Verzender } from './sendOutbox.js';
import { signaleerTermijnen } from './termijnen.js';
import { leegMonitoringWachtrij } from '../monitoring/wachtrij.js';

export interface SchedulerOpties {
  /** GGk-portal-shaped directory (uploads/ downloads/); default env JEUGDREGIE_POSTBUS or 'data/postbus'. */
  postbusRoot?: string;
  /** Outbound transport; default: the directory's downloads/. */
  verzender?: Verzender;
  /** In-process pipeline workers; default env JEUGDREGIE_WORKERS or 1; 0 = none. */
  workers?: number;
  deps?: PipelineDeps;
  /** cron expressions (node-cron, seconds field allowed). */
  inbox?: string;
  outbox?: string;
  termijnen?: string;
  /** The monitoring projector (integration/monitoring/wachtrij.ts); default every 2 s. */
  monitoring?: string;
  log?(regel: string, fout?: unknown): void;
}

export interface Scheduler {
  stop(): Promise<void>;
}

export function startScheduler(pool: Pool, opts: SchedulerOpties = {}): Scheduler {
  const pb = postbus(opts.postbusRoot ?? process.env.JEUGDREGIE_POSTBUS ?? 'data/postbus');
  const verzender = opts.verzender ?? directoryVerzender(pb);
  const deps = opts.deps ?? standaardDeps();
  const log = opts.log ?? ((r: string, e?: unknown) => (e ? console.error(r, e) : undefined));
  const job = (naam: keyof typeof JOB_KEYS, body: () => Promise<unknown>) => async () => {
    try {
      await metAdvisoryLock(pool, JOB_KEYS[naam], body);
    } catch (e) {
      log(`job ${naam} mislukt`, e);
    }
  };
  const taken = [
    cron.schedule(opts.inbox ?? '*/5 * * * * *', job('pollInbox', () => pollInbox(pool, pb)), { name: 'pollInbox', noOverlap: true }),
    cron.schedule(opts.outbox ?? '*/5 * * * * *', job('sendOutbox', async () => {
      while ((await sendOutbox(pool, verzender)).verzonden > 0);
    }), { name: 'sendOutbox', noOverlap: true }),
    cron.schedule(opts.termijnen ?? '0 */15 * * * *', job('termijnen', () => signaleerTermijnen(pool, deps.bronnen.vandaag())), { name: 'termijnen', noOverlap: true }),
    // No advisory lock: SKIP LOCKED lets every instance drain its own rows, so a backlog is shared out.
    cron.schedule(opts.monitoring ?? '*/2 * * * * *', async () => {
      try {
        await leegMonitoringWachtrij(pool);
      } catch (e) {
        log('job monitoring mislukt', e);
      }
    }, { name: 'monitoring', noOverlap: true }),
  ];
  const n = opts.workers ?? Number(process.env.JEUGDREGIE_WORKERS ?? 1);
  const workers: Worker[] = Array.from({ length: n }, () => startWorker(pool, deps, { onFout: (e) => log('verwerking mislukt', e) }));
  return {
    async stop() {
      for (const t of taken) await t.stop();
      await Promise.all(workers.map((w) => w.stop()));
    },
  };
}
