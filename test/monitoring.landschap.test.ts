/**
 * Projection "landschap" (integration/monitoring/landschap.ts): seven providers in one segment, allocations in the care
 * tables and JW323s through the real pipeline; turnover and unique clients per provider × segment × year, and the
 * incremental refresh equal to `herbouw`. The query figures (thresholds, top-5 share) are in test/monitoring.graphql.test.ts.
 */
import type pg from 'pg';
import { geld } from '../integration/monitoring/geld';
import { landschap } from '../integration/monitoring/landschap';
import { useTestDatabase } from './support/db';
import { maakRegio, GEMEENTE, type Regio } from './declaraties.fixture';
import { LANDSCHAP, bouwLandschap } from './monitoring.scenario';

const db = useTestDatabase();
let regio: Regio;

async function tabellen(pool: pg.Pool): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of ['mon_zorg_jaar', 'mon_landschap']) out[t] = (await pool.query(`SELECT x::text AS r FROM ${t} x ORDER BY 1`)).rows.map((r) => r.r as string);
  return out;
}

beforeAll(async () => {
  regio = await maakRegio(db.pool);
  await bouwLandschap(db.pool, regio);
});

test('per provider: turnover = approved spend of the year, clients = unique clients with an active allocation', async () => {
  const { rows } = await db.pool.query(`SELECT aanbieder_agb, omzet_cents::int AS omzet, clienten FROM mon_landschap
                                        WHERE gemeente_code = $1 AND jaar = 2026 AND segment_id = $2 ORDER BY aanbieder_agb`, [GEMEENTE, regio.segmentId]);
  expect(rows).toEqual(LANDSCHAP.map((a) => ({ aanbieder_agb: a.agb, omzet: a.uren.reduce((s, u) => s + u * 9000, 0), clienten: a.clienten })));
});

test('the incremental refresh equals herbouw', async () => {
  const incrementeel = await tabellen(db.pool);
  await geld.herbouw(db.pool);
  await landschap.herbouw(db.pool);
  expect(await tabellen(db.pool)).toEqual(incrementeel);
});
