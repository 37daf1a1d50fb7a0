/**
 * Solidarity (integration/monitoring/solidariteit.ts + verrekening.ts, api MonitoringSolidariteitResolver): three
 * municipalities of one region, youths in care over 2024–2026, heavy-segment costs declared through the real pipeline;
 * shares by the 3-year rolling average or by the region's objective key, settlements that sum to zero, the
 * incremental projection equal to `herbouw`, and the query reading projection tables through their indexes.
 */
import type pg from 'pg';
import { createServer, type RunningServer } from '../api/server';
import { monitoringScope } from '../api/monitoring/scope';
import { solidariteitQuery } from '../api/monitoring/solidariteit.sql';
import type { Context } from '../api/context';
import { bsnReeks } from '../integration/declaraties/generateJW323';
import { solidariteit } from '../integration/monitoring/solidariteit';
import { verreken } from '../integration/monitoring/verrekening';
import { useTestDatabase } from './support/db';
import { gqlAls } from './support/rol';
import { maakRegio, maakToewijzing, AANBIEDER, type Regio } from './declaraties.fixture';
import { prestatie } from './declaraties.harness';
import { declareer, meldToewijzingen } from './monitoring.scenario';

const db = useTestDatabase();
let regio: Regio;
let server: RunningServer;
let nummer = 9500;

async function tabellen(pool: pg.Pool): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of ['mon_jeugdige_jaar', 'mon_jeugdigen_jaar']) out[t] = (await pool.query(`SELECT x::text AS r FROM ${t} x ORDER BY 1`)).rows.map((r) => r.r as string);
  return out;
}

/** `n` youths of `gemeente` in care from `ingang` to the end of 2026; the first declares `uren` hours in March 2026. */
async function jeugdigen(gemeente: string, n: number, ingang: string, bsnStart: number, uren?: number): Promise<void> {
  const ids: string[] = [];
  const bsns = bsnReeks(bsnStart, n);
  const nummers: number[] = [];
  for (const bsn of bsns) {
    nummers.push(++nummer);
    ids.push(await maakToewijzing(db.pool, { nummer, bsn, contractId: regio.contractId, gemeente, ingangsdatum: ingang, einddatum: '2026-12-31',
      productId: regio.producten['45A01'] }));
  }
  await meldToewijzingen(db.pool, ids, gemeente);
  if (uren !== undefined) {
    const d = await declareer(db.pool, AANBIEDER, [{ bsn: bsns[0]!, prestaties: [prestatie(nummers[0]!, { volume: uren })] }], '2026-03-01', gemeente);
    expect(d).toBe('processed');
  }
}

async function gql(rol: string, query: string, variables?: Record<string, unknown>): Promise<any> {
  const body = await gqlAls(server.url, rol, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

const QUERY = `query ($jaar: Int!, $groep: [SolidariteitDimensie!]) { monitoringSolidariteit(jaar: $jaar, groepeerOp: $groep) {
  rijen { jaar regioCode gemeenteCode verdeelsleutel jeugdigen jeugdigenGemiddeld aandeel eigenKostenCents verdeeldCents saldoCents onderdrukt } csv } }`;

beforeAll(async () => {
  regio = await maakRegio(db.pool);
  for (const [code, naam] of [['0482', 'Alblasserdam'], ['0512', 'Gorinchem']]) {
    await db.pool.query(`INSERT INTO municipality (cbs_code, name, youth_population, region_id) VALUES ($1, $2, 5000, $3)`, [code, naam, regio.regionId]);
  }
  await db.pool.query(`UPDATE segment SET solidair = true WHERE id = $1`, [regio.segmentId]);
  // 0505: 6 youths since 2024 (€720 heavy cost in 2026); 0512: 6 since 2025 (€1,800); 0482: 8 in 2026 only (no cost).
  await jeugdigen('0505', 6, '2024-01-01', 810000, 8);
  await jeugdigen('0512', 6, '2025-01-01', 820000, 20);
  await jeugdigen('0482', 8, '2026-01-01', 830000);
  server = await createServer({ dataSource: db.dataSource, port: 0, host: '127.0.0.1', logError: () => undefined });
});
afterAll(async () => {
  await server?.stop();
});

test('verreken: shares by key, whole cents by the largest remainder, settlements sum to zero', () => {
  const v = verreken([
    { gemeenteCode: 'A', sleutel: 1, eigenKostenCents: 100 },
    { gemeenteCode: 'B', sleutel: 1, eigenKostenCents: 0 },
    { gemeenteCode: 'C', sleutel: 1, eigenKostenCents: 0 },
  ]);
  expect(v.map((x) => x.verdeeldCents)).toEqual([34, 33, 33]);
  expect(v.map((x) => x.saldoCents)).toEqual([-66, 33, 33]);
  expect(verreken([{ gemeenteCode: 'A', sleutel: 0, eigenKostenCents: 5 }])).toEqual([{ gemeenteCode: 'A', sleutel: 0, eigenKostenCents: 5, aandeel: 0, verdeeldCents: 5, saldoCents: 0 }]);
  for (const kosten of [1, 999_999, 123_456_789, -1_001]) {
    const w = verreken([3, 7, 11, 13].map((s, i) => ({ gemeenteCode: String(i), sleutel: s, eigenKostenCents: i === 0 ? kosten : 0 })));
    expect(w.reduce((s, x) => s + x.saldoCents, 0)).toBe(0);
  }
});

test('youths in care per municipality × year', async () => {
  const { rows } = await db.pool.query(`SELECT gemeente_code, jaar, jeugdigen FROM mon_jeugdigen_jaar ORDER BY 1, 2`);
  expect(rows).toEqual([
    { gemeente_code: '0482', jaar: 2026, jeugdigen: 8 },
    { gemeente_code: '0505', jaar: 2024, jeugdigen: 6 }, { gemeente_code: '0505', jaar: 2025, jeugdigen: 6 }, { gemeente_code: '0505', jaar: 2026, jeugdigen: 6 },
    { gemeente_code: '0512', jaar: 2025, jeugdigen: 6 }, { gemeente_code: '0512', jaar: 2026, jeugdigen: 6 },
  ]);
});

test('2026 by the 3-year rolling average (6, 4, 8/3 youths): the shares of €25.20 heavy cost and the settlement, summing to zero', async () => {
  const { monitoringSolidariteit: r } = await gql(`regio:${(await db.pool.query(`SELECT code FROM region WHERE id = $1`, [regio.regionId])).rows[0].code}`, QUERY, { jaar: 2026 });
  // keys 6 : 4 : 8/3 (sum 38/3) → shares 18/38, 12/38, 8/38 of 252,000 cents
  expect(r.rijen.map((x: any) => [x.gemeenteCode, x.jeugdigen, x.jeugdigenGemiddeld, x.eigenKostenCents, x.verdeeldCents, x.saldoCents])).toEqual([
    ['0482', 8, 2.67, 0, 53_053, 53_053],
    ['0505', 6, 6, 72_000, 119_368, 47_368],
    ['0512', 6, 4, 180_000, 79_579, -100_421],
  ]);
  expect(r.rijen.reduce((s: number, x: any) => s + x.saldoCents, 0)).toBe(0);
  expect(r.rijen.every((x: any) => x.verdeelsleutel === 'inwoners_jeugd_3jr' && !x.onderdrukt)).toBe(true);
  expect(r.csv.split('\r\n')[0]).toBe('jaar,regioCode,gemeenteCode,verdeelsleutel,jeugdigen,jeugdigenGemiddeld,aandeel,eigenKostenCents,verdeeldCents,saldoCents,onderdrukt');
});

test('by the region\'s objective key; a municipality sees its own row, computed over the whole region; region sums settle to zero', async () => {
  await db.pool.query(`UPDATE region SET solidariteit_verdeelsleutel = 'objectief' WHERE id = $1`, [regio.regionId]);
  await db.pool.query(`INSERT INTO solidariteit_sleutel (municipality_id, jaar, gewicht)
                       SELECT id, 2026, CASE cbs_code WHEN '0505' THEN 2 WHEN '0512' THEN 1 ELSE 1 END FROM municipality WHERE region_id = $1`, [regio.regionId]);
  try {
    const { monitoringSolidariteit: eigen } = await gql('gemeente:0512', QUERY, { jaar: 2026 });
    expect(eigen.rijen).toEqual([expect.objectContaining({ gemeenteCode: '0512', verdeelsleutel: 'objectief', aandeel: 0.25, verdeeldCents: 63_000, saldoCents: -117_000 })]);
    const { monitoringSolidariteit: som } = await gql('gemeente:0512', QUERY, { jaar: 2026, groep: ['REGIO'] });
    expect(som.rijen).toEqual([expect.objectContaining({ gemeenteCode: null, eigenKostenCents: 180_000 })]);
  } finally {
    await db.pool.query(`UPDATE region SET solidariteit_verdeelsleutel = 'inwoners_jeugd_3jr' WHERE id = $1`, [regio.regionId]);
  }
});

test('a region sees the youth counts of a municipality with 1–4 youths in care withheld; the municipality itself sees them', async () => {
  await db.pool.query(`INSERT INTO municipality (cbs_code, name, youth_population, region_id) VALUES ('0523', 'Hardinxveld-Giessendam', 4300, $1)`, [regio.regionId]);
  const ids: string[] = [];
  for (const bsn of bsnReeks(840000, 2)) {
    ids.push(await maakToewijzing(db.pool, { nummer: ++nummer, bsn, contractId: regio.contractId, gemeente: '0523', ingangsdatum: '2027-01-01',
      einddatum: '2027-12-31', productId: regio.producten['45A01'] }));
  }
  await meldToewijzingen(db.pool, ids, '0523');
  const { monitoringSolidariteit: regioView } = await gql(`regio:ZHZ0505`, QUERY, { jaar: 2027 });
  expect(regioView.rijen.find((x: any) => x.gemeenteCode === '0523')).toMatchObject({ jeugdigen: null, jeugdigenGemiddeld: null, onderdrukt: true });
  expect(regioView.rijen.find((x: any) => x.gemeenteCode === '0505')).toMatchObject({ jeugdigen: 0, onderdrukt: false });
  const { monitoringSolidariteit: eigen } = await gql('gemeente:0523', QUERY, { jaar: 2027 });
  expect(eigen.rijen).toEqual([expect.objectContaining({ gemeenteCode: '0523', jeugdigen: 2, jeugdigenGemiddeld: 0.67, onderdrukt: false })]);
});

test('the query reads projection tables (and the small purchasing tables) through indexes', async () => {
  const ctx = { auth: { rol: { soort: 'gemeente', gemeenten: ['0505'] } } } as unknown as Context;
  const scope = await monitoringScope(ctx, null);
  const q = solidariteitQuery(scope.gemeenten, 2026);
  const c = await db.pool.connect();
  try {
    await c.query('BEGIN');
    await c.query('SET LOCAL enable_seqscan = off');
    const plan = JSON.stringify((await c.query(`EXPLAIN (FORMAT JSON) ${q.text}`, q.values)).rows[0]);
    expect(plan).toMatch(/"Index Name":"mon_jeugdigen_jaar_pkey"/);
    expect(plan).toMatch(/"Index Name":"mon_geld_maand_pkey"/);
    const relaties = new Set([...plan.matchAll(/"Relation Name":"([a-z_]+)"/g)].map((m) => m[1]));
    expect([...relaties].filter((r) => !r!.startsWith('mon_')).sort()).toEqual(['municipality', 'region', 'segment', 'solidariteit_sleutel']);
  } finally {
    await c.query('ROLLBACK');
    c.release();
  }
});

test('the incremental refresh equals herbouw', async () => {
  const incrementeel = await tabellen(db.pool);
  await solidariteit.herbouw(db.pool);
  expect(await tabellen(db.pool)).toEqual(incrementeel);
});
