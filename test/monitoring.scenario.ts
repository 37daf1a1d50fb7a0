/**
 * Hand-made scenarios for the B monitoring tests (test/monitoring.{landschap,graphql}.test.ts): providers with
 * contracts in the fixture's segment, allocations written in the care tables (then the monitoring hook, as a decision
 * would call it), and March 2026 declarations through the real pipeline (receive → verwerkVolgende); each helper ends
 * with the projector's drain of the monitoring queue (integration/monitoring/wachtrij.ts), as the scheduler would.
 */
import type pg from 'pg';
import { bsnReeks, jw323Xml, type GenClient } from '../integration/declaraties/generateJW323';
import { receive } from '../integration/flows/receive';
import { verwerkVolgende } from '../integration/flows/pipeline';
import { standaardDeps } from '../integration/flows/standaardDeps';
import { berichtHandlers } from '../integration/flows/handlers/index';
import { withTransaction } from '../integration/flows/transaction';
import { werkMonitoringBij } from '../integration/monitoring/projecties';
import { leegMonitoringWachtrij } from '../integration/monitoring/wachtrij';
import { leegGeraakt } from '../integration/monitoring/Projectie';
import { maakToewijzing, AANBIEDER, GEMEENTE, type Regio } from './declaraties.fixture';
import { bronnen, declaratie, prestatie } from './declaraties.harness';

export interface AanbiederScenario {
  agb: string;
  clienten: number;
  /** Hours declared in March 2026 per client (45A01, €90 an hour), for the first clients. */
  uren: number[];
}

/**
 * Seven providers in one segment. With thresholds €1,000 and 3 clients the small ones are 20000002, 20000003,
 * 20000005, 20000006 and 20000007 (5 of 7); turnover €5,040, of which the top 5 hold €4,950.
 */
export const LANDSCHAP: readonly AanbiederScenario[] = [
  { agb: AANBIEDER, clienten: 3, uren: [8, 8, 8] },
  { agb: '20000002', clienten: 1, uren: [8] },
  { agb: '20000003', clienten: 2, uren: [] },
  { agb: '20000004', clienten: 1, uren: [20] },
  { agb: '20000005', clienten: 1, uren: [1] },
  { agb: '20000006', clienten: 1, uren: [2] },
  { agb: '20000007', clienten: 1, uren: [1] },
];

/** A provider with a contract in the fixture's segment and the contract tariff 9000 for 45A01 in 2026. */
export async function maakAanbieder(db: pg.Pool, regio: Regio, agb: string): Promise<string> {
  if (agb === AANBIEDER) return regio.contractId;
  const { rows: [p] } = await db.query(`INSERT INTO provider (agb_code, name) VALUES ($1, $2) RETURNING id`, [agb, `Aanbieder ${agb}`]);
  const { rows: [c] } = await db.query(
    `INSERT INTO contract (provider_id, region_id, segment_id, reference, start_date, status) VALUES ($1, $2, $3, $4, '2025-01-01', 'active') RETURNING id`,
    [p.id, regio.regionId, regio.segmentId, `C-${agb}`]);
  await db.query(`INSERT INTO tariff (contract_id, product_id, price_cents, valid_from) VALUES ($1, $2, 9000, '2026-01-01')`, [c.id, regio.producten['45A01']]);
  return c.id;
}

/** The monitoring hook for allocations written directly in the care tables, then (unless `projector` is false) the projector's turn. */
export async function meldToewijzingen(pool: pg.Pool, ids: string[], gemeente = GEMEENTE, projector = true): Promise<void> {
  await withTransaction(pool, (tx) => werkMonitoringBij(tx, { ...leegGeraakt(), toewijzingen: ids.map((toewijzingId) => ({ gemeenteCode: gemeente, toewijzingId })) }));
  if (projector) await leegMonitoringWachtrij(pool);
}

/**
 * One JW323 through the pipeline, then (unless `projector` is false) the projector's turn; returns its status
 * ('processed', or 'rejected' with the codes).
 */
export async function declareer(pool: pg.Pool, agb: string, clienten: GenClient[], periodeBegin = '2026-03-01', gemeente = GEMEENTE, projector = true): Promise<string> {
  const deps = standaardDeps({ handlers: berichtHandlers, bronnen: { ...standaardDeps().bronnen, vandaag: bronnen.vandaag } });
  await receive(pool, jw323Xml(declaratie(clienten, { afzender: agb, ontvanger: gemeente, periodeBegin })), { kanaal: 'test' });
  const v = (await verwerkVolgende(pool, deps))!;
  if (projector) await leegMonitoringWachtrij(pool);
  return v.status === 'processed' ? v.status : `${v.status} ${v.retourcodes.join(' ')}`;
}

let nummer = 8000;
let bsnStart = 700000;

/** `projector: false` leaves what the units of work queued in the monitoring queue (test/monitoring.wachtrij.test.ts). */
export async function bouwLandschap(pool: pg.Pool, regio: Regio, { projector = true } = {}): Promise<void> {
  for (const a of LANDSCHAP) {
    const contractId = await maakAanbieder(pool, regio, a.agb);
    const bsns = bsnReeks(bsnStart, a.clienten);
    bsnStart += 1000;
    const ids: string[] = [];
    const clienten: GenClient[] = [];
    for (const [i, bsn] of bsns.entries()) {
      const nr = ++nummer;
      ids.push(await maakToewijzing(pool, { nummer: nr, bsn, contractId, aanbieder: a.agb, productId: regio.producten['45A01'] }));
      const uren = a.uren[i];
      if (uren !== undefined) clienten.push({ bsn, prestaties: [prestatie(nr, { volume: uren })] });
    }
    await meldToewijzingen(pool, ids, GEMEENTE, projector);
    if (clienten.length) {
      const status = await declareer(pool, a.agb, clienten, '2026-03-01', GEMEENTE, projector);
      if (status !== 'processed') throw new Error(`declaration of ${a.agb}: ${status}`);
    }
  }
}
