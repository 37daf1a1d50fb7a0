/**
 * Projection "landschap" (integration/monitoring/landschap.ts): seven providers in one segment, allocations in the care
 * tables and JW323s through the real pipeline; turnover and unique clients per provider × segment × year, and the
 * incremental refresh equal to `herbouw`; over GraphQL the share of small providers by the thresholds given and the top-5 share.
 */
import type pg from 'pg';
import { createServer, type RunningServer } from '../api/server';
import { monitoringScope } from '../api/monitoring/scope';
import { landschapQuery, LandschapDimensie } from '../api/monitoring/landschap.sql';
import type { Context } from '../api/context';
import { gqlAls } from './support/rol';
import { geld } from '../integration/monitoring/geld';
import { landschap } from '../integration/monitoring/landschap';
import { useTestDatabase } from './support/db';
import { maakRegio, GEMEENTE, type Regio } from './declaraties.fixture';
import { LANDSCHAP, bouwLandschap } from './monitoring.scenario';

const db = useTestDatabase();
let regio: Regio;
let server: RunningServer;

async function gql(rol: string, query: string, variables?: Record<string, unknown>): Promise<any> {
  const body = await gqlAls(server.url, rol, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

const LANDSCHAP_QUERY = `query ($omzet: Cents, $clienten: Int, $groep: [LandschapDimensie!]) {
  monitoringLandschap(jaar: 2026, drempelOmzetCents: $omzet, drempelClienten: $clienten, groepeerOp: $groep) {
    drempelOmzetCents drempelClienten csv
    rijen { jaar segmentId gemeenteCode aanbieders kleineAanbieders aandeelKlein omzetCents top5OmzetCents aandeelTop5 onderdrukt } } }`;

async function tabellen(pool: pg.Pool): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of ['mon_zorg_jaar', 'mon_landschap']) out[t] = (await pool.query(`SELECT x::text AS r FROM ${t} x ORDER BY 1`)).rows.map((r) => r.r as string);
  return out;
}

beforeAll(async () => {
  regio = await maakRegio(db.pool);
  await bouwLandschap(db.pool, regio);
  server = await createServer({ dataSource: db.dataSource, port: 0, host: '127.0.0.1', logError: () => undefined });
});
afterAll(async () => {
  await server?.stop();
});

test('per provider: turnover = approved spend of the year, clients = unique clients with an active allocation', async () => {
  const { rows } = await db.pool.query(`SELECT aanbieder_agb, omzet_cents::int AS omzet, clienten FROM mon_landschap
                                        WHERE gemeente_code = $1 AND jaar = 2026 AND segment_id = $2 ORDER BY aanbieder_agb`, [GEMEENTE, regio.segmentId]);
  expect(rows).toEqual(LANDSCHAP.map((a) => ({ aanbieder_agb: a.agb, omzet: a.uren.reduce((s, u) => s + u * 9000, 0), clienten: a.clienten })));
});

test('GraphQL: 7 providers, 5 with turnover below €1,000 and fewer than 3 clients; the top 5 hold €4,950 of €5,040', async () => {
  const { monitoringLandschap: r } = await gql(`regio:ZHZ${GEMEENTE}`, LANDSCHAP_QUERY, { omzet: 100_000, clienten: 3 });
  expect(r).toMatchObject({ drempelOmzetCents: 100_000, drempelClienten: 3 });
  expect(r.rijen).toEqual([{ jaar: 2026, segmentId: regio.segmentId, gemeenteCode: null, aanbieders: 7, kleineAanbieders: 5, aandeelKlein: 5 / 7,
    omzetCents: 504_000, top5OmzetCents: 495_000, aandeelTop5: 495_000 / 504_000, onderdrukt: false }]);
  expect(r.csv.split('\r\n')[1]).toBe(`2026,${regio.segmentId},7,5,${5 / 7},504000,495000,${495_000 / 504_000},false`);
  // Default thresholds (€100,000, 10 clients): every provider here is small.
  const { monitoringLandschap: standaard } = await gql('gemeente:0505', LANDSCHAP_QUERY, { groep: ['SEGMENT', 'GEMEENTE'] });
  expect(standaard).toMatchObject({ drempelOmzetCents: 100_000_00, drempelClienten: 10 });
  expect(standaard.rijen).toEqual([expect.objectContaining({ gemeenteCode: GEMEENTE, aanbieders: 7, kleineAanbieders: 7 })]);
  // Only the provider's own row: one provider, which is also the whole top 5.
  const { monitoringLandschap: een } = await gql('gemeente:0505', `{ monitoringLandschap(jaar: 2026, filter: { aanbiederAgb: "20000004" }) { rijen { aanbieders aandeelTop5 } } }`);
  expect(een.rijen).toEqual([{ aanbieders: 1, aandeelTop5: 1 }]);
});

test('the query reads mon_landschap through its primary key (EXPLAIN, seqscan off)', async () => {
  const ctx = { auth: { rol: { soort: 'gemeente', gemeenten: [GEMEENTE] } } } as unknown as Context;
  const scope = await monitoringScope(ctx, null);
  const q = landschapQuery(scope, 2026, Object.values(LandschapDimensie), { omzetCents: 100_000, clienten: 3 });
  const c = await db.pool.connect();
  try {
    await c.query('BEGIN');
    await c.query('SET LOCAL enable_seqscan = off');
    const plan = JSON.stringify((await c.query(`EXPLAIN (FORMAT JSON) ${q.text}`, q.values)).rows[0]);
    expect(plan).toMatch(/"Index Name":"mon_landschap_pkey"/);
    expect([...plan.matchAll(/"Relation Name":"([a-z_]+)"/g)].map((m) => m[1])).toEqual(['mon_landschap']);
  } finally {
    await c.query('ROLLBACK');
    c.release();
  }
});

test('the incremental refresh equals herbouw', async () => {
  const incrementeel = await tabellen(db.pool);
  await geld.herbouw(db.pool);
  await landschap.herbouw(db.pool);
  expect(await tabellen(db.pool)).toEqual(incrementeel);
});
