/**
 * Jeugdregie's side of the directory transport, run in-process step by step (for the end-to-end test and the demo
 * traffic): poll the uploads (store first), work through the backlog (pipeline), send the outbox to downloads, and when
 * nothing moves any more drain the monitoring queue. The same jobs the scheduler runs on a timer (integration/jobs),
 * without the timer.
 */
import type { Pool } from 'pg';
import type { PipelineDeps } from '../flows/PipelineDeps.js';
import { verwerkAlles } from '../flows/worker.js';
import { leegMonitoringWachtrij } from '../monitoring/wachtrij.js';
import { pollInbox } from '../jobs/pollInbox.js';
import { sendOutbox } from '../jobs/sendOutbox.js';
import { postbus, type Postbus } from '../transport/postbus.js';
import { directoryVerzender } from '../transport/verzenders.js';

export interface PompResultaat {
  ontvangen: number;
  fout: number;
  verwerkt: number;
  verzonden: number;
  mislukt: number;
}

export interface JeugdregiePeer {
  postbus: Postbus;
  /** Until nothing moves: uploads → store → pipeline → outbox → downloads; then the monitoring queue → projections. */
  pomp(): Promise<PompResultaat>;
}

/**
 * `projector: false` leaves the monitoring queue to the caller (the demo traffic drains once at its end: a refresh per
 * simulated day costs more than the day's messages).
 */
export function jeugdregieOpPostbus(pool: Pool, root: string, deps: PipelineDeps, workers = 1, { projector = true } = {}): JeugdregiePeer {
  const pb = postbus(root);
  const verzender = directoryVerzender(pb);
  return {
    postbus: pb,
    async pomp() {
      const tot: PompResultaat = { ontvangen: 0, fout: 0, verwerkt: 0, verzonden: 0, mislukt: 0 };
      for (;;) {
        const p = await pollInbox(pool, pb, 1000);
        const v = await verwerkAlles(pool, deps, workers);
        let s = { verzonden: 0, mislukt: 0 };
        for (;;) {
          const b = await sendOutbox(pool, verzender, { batch: 500 });
          s = { verzonden: s.verzonden + b.verzonden, mislukt: s.mislukt + b.mislukt };
          if (b.verzonden + b.mislukt === 0) break;
        }
        tot.ontvangen += p.ontvangen;
        tot.fout += p.fout;
        tot.verwerkt += v;
        tot.verzonden += s.verzonden;
        tot.mislukt += s.mislukt;
        if (p.ontvangen + p.fout + v + s.verzonden > 0) continue;
        // The projector's turn, as the scheduler's job would take it: the monitoring answers what was pumped.
        if (projector) await leegMonitoringWachtrij(pool);
        return tot;
      }
    },
  };
}
