/**
 * Projection "geld" (integration/monitoring/geld.ts) on a hand-made municipality: JW323s through the real pipeline
 * (receive → verwerkVolgende), allocations in the care tables; the month rows, the committed cost of undeclared
 * allocations, the forecast as of a fixed peildatum, and the incremental refresh equal to `herbouw`.
 */
import type pg from 'pg';
import { createServer, type RunningServer } from '../api/server';
import { monitoringScope } from '../api/monitoring/scope';
import { budgetQuery, geldQuery, GeldDimensie } from '../api/monitoring/geld.sql';
import type { Context } from '../api/context';
import { gqlAls } from './support/rol';
import { jw323Xml } from '../integration/declaraties/generateJW323';
import { receive } from '../integration/flows/receive';
import { verwerkVolgende } from '../integration/flows/pipeline';
import { standaardDeps } from '../integration/flows/standaardDeps';
import { berichtHandlers } from '../integration/flows/handlers/index';
import { geld } from '../integration/monitoring/geld';
import { prognose } from '../integration/monitoring/prognose';
import { leegGeraakt, type Geraakt } from '../integration/monitoring/Projectie';
import { useTestDatabase } from './support/db';
import { maakRegio, maakToewijzing, GEMEENTE, type Regio } from './declaraties.fixture';
import { bronnen, declaratie, prestatie } from './declaraties.harness';

const db = useTestDatabase();
let regio: Regio;
const deps = () => standaardDeps({ handlers: berichtHandlers, bronnen: { ...standaardDeps().bronnen, vandaag: bronnen.vandaag } });

/** The projection's tables as sorted text rows, to compare the incremental result with a rebuild. */
async function geldTabellen(pool: pg.Pool): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of ['mon_geld_declaratie', 'mon_geld_verplichting', 'mon_geld_maand']) {
    out[t] = (await pool.query(`SELECT x::text AS r FROM ${t} x ORDER BY 1`)).rows.map((r) => r.r as string);
  }
  return out;
}

async function werkBij(pool: pg.Pool, delen: Partial<Geraakt>): Promise<void> {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    await geld.werkBij(c, { ...leegGeraakt(), ...delen });
    await c.query('COMMIT');
  } finally {
    c.release();
  }
}

async function maandRijen() {
  return (await db.pool.query(`SELECT to_char(maand, 'YYYY-MM') AS maand, ingediend_cents::int AS ingediend, toegekend_cents::int AS toegekend,
                                      verplicht_cents::int AS verplicht
                               FROM mon_geld_maand WHERE gemeente_code = $1 AND segment_id = $2 ORDER BY maand`, [GEMEENTE, regio.segmentId])).rows;
}

let ids: { a: string; b: string; c: string };
let server: RunningServer;

async function gql(rol: string, query: string, variables?: Record<string, unknown>): Promise<any> {
  const body = await gqlAls(server.url, rol, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

const GELD = `query ($groep: [GeldDimensie!]) { monitoringGeld(jaar: 2026, peildatum: "2026-05-15", groepeerOp: $groep) { peildatum csv
  rijen { jaar gemeenteCode segmentId maand ingediendCents toegekendCents verplichtCents budgetCents gerealiseerdCents verstrekenMaanden
          runRateCents prognoseCents overschrijding onderdrukt } } }`;

beforeAll(async () => {
  regio = await maakRegio(db.pool);
  ids = {
    // A: 10 hours a week all of 2026 (declared in March below).
    a: await maakToewijzing(db.pool, { nummer: 7001, bsn: '999900006', contractId: regio.contractId, productId: regio.producten['45A01'] }),
    // B: 20 hours a month, July–December: 6 × 20 × €90 = €10,800 committed, never declared.
    b: await maakToewijzing(db.pool, { nummer: 7002, bsn: '999900018', contractId: regio.contractId, productId: regio.producten['45A01'],
      ingangsdatum: '2026-07-01', einddatum: '2026-12-31', volume: 20, frequentie: '4' }),
    // C: a budget allocation of €1,200 over October–December (92 days), pro rata by days.
    c: await maakToewijzing(db.pool, { nummer: 7003, bsn: '999900031', contractId: regio.contractId, productId: regio.producten['45A03'],
      code: '45A03', ingangsdatum: '2026-10-01', einddatum: '2026-12-31', volume: null, budgetCents: 120_000 }),
  };
  await werkBij(db.pool, { toewijzingen: Object.values(ids).map((toewijzingId) => ({ gemeenteCode: GEMEENTE, toewijzingId })) });
  server = await createServer({ dataSource: db.dataSource, port: 0, host: '127.0.0.1', logError: () => undefined });
});
afterAll(async () => {
  await server?.stop();
});

test('undeclared allocations are committed month by month: per week × days/7, per month, a budget pro rata by days', async () => {
  const rijen = await maandRijen();
  expect(rijen).toHaveLength(12);
  // A in January: 10 h/week × 31/7 weeks × €90 = €3,985.71; B from July; C from October.
  expect(rijen[0]).toEqual({ maand: '2026-01', ingediend: 0, toegekend: 0, verplicht: 398_571 });
  expect(rijen[6]).toEqual({ maand: '2026-07', ingediend: 0, toegekend: 0, verplicht: 398_571 + 180_000 });
  expect(rijen[9]).toEqual({ maand: '2026-10', ingediend: 0, toegekend: 0, verplicht: 398_571 + 180_000 + 40_435 });
  expect(rijen[10]!.verplicht).toBe(385_714 + 180_000 + 39_130);
});

test('a JW323 through the pipeline: March declared and approved, the declared allocation no longer committed, refusals declared only', async () => {
  // March: A 8 hours (approved, €720); B 5 hours before its ingangsdatum (refused: 9307 / 9387).
  const d = declaratie([
    { bsn: '999900006', prestaties: [prestatie(7001)] },
    { bsn: '999900018', prestaties: [prestatie(7002, { volume: 5 })] },
  ], { periodeBegin: '2026-03-01' });
  await receive(db.pool, jw323Xml(d), { kanaal: 'test' });
  const v = await verwerkVolgende(db.pool, deps());
  expect(v).toMatchObject({ status: 'processed' });
  const { rows: [dec] } = await db.pool.query(`SELECT id::text FROM declaratie WHERE declaratie_nummer = $1`, [d.nummer]);
  await werkBij(db.pool, { declaraties: [{ gemeenteCode: GEMEENTE, declaratieId: dec.id }] });

  const rijen = await maandRijen();
  // A's committed months are gone (it is declared now): a month row exists only where something was declared or committed.
  expect(rijen.map((r) => r.maand)).toEqual(['2026-03', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
  expect(rijen[0]).toEqual({ maand: '2026-03', ingediend: 72_000 + 45_000, toegekend: 72_000, verplicht: 0 });
  expect(rijen[1]).toEqual({ maand: '2026-07', ingediend: 0, toegekend: 0, verplicht: 180_000 });
  expect(rijen.reduce((s, r) => s + r.verplicht, 0)).toBe(6 * 180_000 + 120_000);
});

test('forecast as of 15 May 2026: realised + run rate × remaining months + committed; flag above the budget', async () => {
  const { rows: [j] } = await db.pool.query(`
    SELECT coalesce(sum(toegekend_cents) FILTER (WHERE maand < '2026-05-01'), 0)::int AS gerealiseerd,
           coalesce(sum(verplicht_cents) FILTER (WHERE maand >= '2026-05-01'), 0)::int AS verplicht
    FROM mon_geld_maand WHERE gemeente_code = $1 AND segment_id = $2 AND maand BETWEEN '2026-01-01' AND '2026-12-01'`, [GEMEENTE, regio.segmentId]);
  // Four months elapsed (Jan–Apr), €720 realised: run rate €180/month, 8 months to go, €12,000 committed.
  const p = prognose(2026, '2026-05-15', j.gerealiseerd, j.verplicht, 100_000_000);
  expect(p).toEqual({ verstrekenMaanden: 4, gerealiseerdCents: 72_000, runRateCents: 18_000, verplichtCents: 1_200_000,
    prognoseCents: 72_000 + 8 * 18_000 + 1_200_000, overschrijding: false });
  expect(prognose(2026, '2026-05-15', j.gerealiseerd, j.verplicht, 1_000_000).overschrijding).toBe(true);
  expect(prognose(2025, '2026-05-15', 600_000, 0, null)).toMatchObject({ verstrekenMaanden: 12, prognoseCents: 600_000, overschrijding: false });
  expect(prognose(2027, '2026-05-15', 0, 50_000, 10_000)).toMatchObject({ verstrekenMaanden: 0, prognoseCents: 50_000, overschrijding: true });
});

test('GraphQL: spend against the budget with the forecast as of the peildatum; the early warning when the forecast exceeds it', async () => {
  const { monitoringGeld: r } = await gql('gemeente:0505', GELD);
  expect(r.peildatum).toBe('2026-05-15');
  expect(r.rijen).toEqual([{
    jaar: 2026, gemeenteCode: GEMEENTE, segmentId: regio.segmentId, maand: null, ingediendCents: 117_000, toegekendCents: 72_000,
    verplichtCents: 1_200_000, budgetCents: 100_000_000, gerealiseerdCents: 72_000, verstrekenMaanden: 4, runRateCents: 18_000,
    prognoseCents: 72_000 + 8 * 18_000 + 1_200_000, overschrijding: false, onderdrukt: false,
  }]);
  expect(r.csv.split('\r\n')[0]).toBe('jaar,gemeenteCode,segmentId,ingediendCents,toegekendCents,verplichtCents,budgetCents,gerealiseerdCents,'
    + 'verstrekenMaanden,runRateCents,prognoseCents,overschrijding,onderdrukt');

  await db.pool.query(`UPDATE budget SET amount_cents = 1000000 WHERE segment_id = $1 AND year = 2026`, [regio.segmentId]);
  try {
    const { monitoringGeld: krap } = await gql(`regio:ZHZ${GEMEENTE}`, GELD, { groep: ['SEGMENT'] });
    expect(krap.rijen).toEqual([expect.objectContaining({ gemeenteCode: null, budgetCents: 1_000_000, prognoseCents: 1_416_000, overschrijding: true })]);
  } finally {
    await db.pool.query(`UPDATE budget SET amount_cents = 100000000 WHERE segment_id = $1 AND year = 2026`, [regio.segmentId]);
  }
  // By month: the months' spend and commitment; the year figures belong to no month.
  const { monitoringGeld: maanden } = await gql('gemeente:0505', GELD, { groep: ['MAAND'] });
  expect(maanden.rijen.map((x: any) => [x.maand, x.toegekendCents, x.verplichtCents, x.budgetCents, x.prognoseCents])).toEqual([
    ['2026-03', 72_000, 0, null, null], ['2026-07', 0, 180_000, null, null], ['2026-08', 0, 180_000, null, null], ['2026-09', 0, 180_000, null, null],
    ['2026-10', 0, 220_435, null, null], ['2026-11', 0, 219_130, null, null], ['2026-12', 0, 220_435, null, null],
  ]);
  const fout = await gqlAls(server.url, 'gemeente:0505', `{ monitoringGeld(jaar: 2026, peildatum: "15-05-2026") { peildatum } }`);
  expect(fout.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_DATE', field: 'peildatum' });
});

test('the query reads mon_geld_maand through its primary key (EXPLAIN, seqscan off)', async () => {
  const ctx = { auth: { rol: { soort: 'gemeente', gemeenten: [GEMEENTE] } } } as unknown as Context;
  const scope = await monitoringScope(ctx, { segmentId: regio.segmentId });
  const c = await db.pool.connect();
  try {
    await c.query('BEGIN');
    await c.query('SET LOCAL enable_seqscan = off');
    const q = geldQuery(scope, 2026, '2026-05-01', Object.values(GeldDimensie));
    const plan = JSON.stringify((await c.query(`EXPLAIN (FORMAT JSON) ${q.text}`, q.values)).rows[0]);
    expect(plan).toMatch(/"Index Name":"mon_geld_maand_pkey"/);
    expect([...plan.matchAll(/"Relation Name":"([a-z_]+)"/g)].map((m) => m[1])).toEqual(['mon_geld_maand']);
    const b = budgetQuery(scope, 2026);
    const budgetPlan = JSON.stringify((await c.query(`EXPLAIN (FORMAT JSON) ${b.text}`, b.values)).rows[0]);
    expect(budgetPlan).not.toContain('Seq Scan');
  } finally {
    await c.query('ROLLBACK');
    c.release();
  }
});

test('the incremental refresh equals herbouw', async () => {
  const incrementeel = await geldTabellen(db.pool);
  await geld.herbouw(db.pool);
  expect(await geldTabellen(db.pool)).toEqual(incrementeel);
  expect(incrementeel.mon_geld_declaratie!.length).toBeGreaterThan(0);
});
