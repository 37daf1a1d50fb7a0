/**
 * The fast path stays correct: Jeugdregie and PostGraphile 5 (bench/graphql/postgraphile.ts), both over this file's
 * database with a small national reference set (laadInkoop, schaal 0.01: every region, ~500 contracts, ~5,000 tariff
 * periods; laadZorg schaal 0.002 without declarations for d's allocations), answer the benchmark's queries a–d (bench/graphql/queries.ts) with the same data after normalising —
 * for several regions, contract × product × date cases (own tariff, harmonised fallback, none) and segments.
 * Jeugdregie is asked as `beheer` (every row, like PostGraphile), and as a region's own role: its row filter sits in
 * every statement and must change nothing for its own data, and hide all of it from another region.
 */
import { laadInkoop } from '../integration/nationaal/inkoop';
import { laadZorg } from '../integration/nationaal/zorg';
import { createServer, type RunningServer } from '../api/server';
import { startPostGraphile, type PostGraphileServer } from '../bench/graphql/postgraphile';
import { installPostGraphileObjects } from '../bench/graphql/postgraphile.sql';
import { benchQueries, type BenchParams, type BenchQuery } from '../bench/graphql/queries';
import { ask } from '../bench/graphql/load';
import { useTestDatabase } from './support/db';
import { rolHeaders } from './support/rol';

const db = useTestDatabase();
let jeugdregie: RunningServer;
let postgraphile: PostGraphileServer;
const TODAY = '2026-03-15';

beforeAll(async () => {
  const t0 = Date.now();
  await laadInkoop(db.pool, { schaal: 0.01, seed: 7 });
  await laadZorg(db.pool, { schaal: 0.002, seed: 7, declaraties: false }); // ~1,600 clients, their allocations (d)
  const t1 = Date.now();
  await installPostGraphileObjects(db.url);
  await db.pool.query('ANALYZE');
  jeugdregie = await createServer({ dataSource: db.dataSource, port: 0, host: '127.0.0.1' });
  postgraphile = await startPostGraphile({ connectionString: db.url, poolSize: 2 });
  if (process.env.JR_TEST_VERBOSE) console.log(`load ${t1 - t0} ms, servers ${Date.now() - t1} ms`);
}, 60_000);

afterAll(async () => {
  await jeugdregie?.stop();
  await postgraphile?.stop();
});

/** Both servers' answers to one query, normalised; Jeugdregie asked as `rol`. */
async function both(q: BenchQuery, rol = 'beheer'): Promise<[unknown, unknown]> {
  return Promise.all([
    ask(jeugdregie.url, q.jeugdregie, rolHeaders(rol)).then(q.normalise.jeugdregie),
    ask(postgraphile.url, q.postgraphile).then(q.normalise.postgraphile),
  ]);
}

function query(key: BenchQuery['key'], p: Partial<BenchParams>): BenchQuery {
  const params: BenchParams = { regionId: '', today: TODAY, contractId: '', productId: '', on: TODAY, segmentId: '', regioCode: '', ...p };
  return benchQueries(params).find((q) => q.key === key)!;
}

test('a: a page of 100 contracts of a region with provider, segment and the tariffs valid on a date', async () => {
  const { rows: regions } = await db.pool.query<{ region_id: string }>(
    `SELECT region_id FROM contract GROUP BY region_id ORDER BY count(*) DESC, region_id LIMIT 3`);
  let tariffs = 0;
  for (const { region_id } of regions) {
    for (const today of [TODAY, '2025-06-30']) {
      const [j, p] = await both(query('a', { regionId: region_id, today }));
      expect(j).toEqual(p);
      const contracts = j as { tariffs: unknown[] }[];
      expect(contracts.length).toBeGreaterThan(0);
      tariffs += contracts.reduce((n, c) => n + c.tariffs.length, 0);
    }
  }
  expect(tariffs).toBeGreaterThan(0); // the comparison covered tariffs, not only empty lists
});

test('b: the tariff of a contract × product on a date — own period, harmonised fallback, none', async () => {
  const { rows: [own] } = await db.pool.query<{ contract_id: string; product_id: string }>(
    `SELECT contract_id, product_id FROM tariff WHERE contract_id IS NOT NULL AND valid_from <= $1 AND (valid_to IS NULL OR valid_to >= $1)
     ORDER BY contract_id, product_id LIMIT 1`, [TODAY]);
  const { rows: [fallback] } = await db.pool.query<{ contract_id: string; product_id: string }>(
    `SELECT c.id AS contract_id, h.product_id FROM contract c JOIN tariff h ON h.region_id = c.region_id
     WHERE h.valid_from <= $1 AND (h.valid_to IS NULL OR h.valid_to >= $1)
       AND NOT EXISTS (SELECT 1 FROM tariff o WHERE o.contract_id = c.id AND o.product_id = h.product_id)
     ORDER BY c.id, h.product_id LIMIT 1`, [TODAY]);
  expect(own && fallback).toBeTruthy();
  const cases = [
    { c: own!, on: TODAY, expectOwn: true },
    { c: fallback!, on: TODAY, expectOwn: false },
    { c: own!, on: '1990-01-01', expectOwn: null },
  ];
  for (const { c, on, expectOwn } of cases) {
    const [j, p] = await both(query('b', { contractId: c.contract_id, productId: c.product_id, on }));
    expect(j).toEqual(p);
    const t = j as { contractId: string | null } | null;
    if (expectOwn === null) expect(t).toBeNull();
    else expect(t?.contractId ?? null).toBe(expectOwn ? c.contract_id : null);
  }
});

test('c: the providers of a segment with their number of contracts and latest contract end', async () => {
  const { rows: segments } = await db.pool.query<{ segment_id: string }>(
    `SELECT segment_id FROM contract GROUP BY segment_id ORDER BY count(*) DESC, segment_id LIMIT 4`);
  let providers = 0;
  for (const { segment_id } of segments) {
    const [j, p] = await both(query('c', { segmentId: segment_id }));
    expect(j).toEqual(p);
    providers += (j as { providers: unknown[] }).providers.length;
  }
  expect(providers).toBeGreaterThan(4);
});

test('the comparison fails when the data differ', async () => {
  const { rows: [s] } = await db.pool.query<{ segment_id: string }>(`SELECT segment_id FROM contract GROUP BY segment_id ORDER BY count(*) DESC LIMIT 1`);
  const q = query('c', { segmentId: s!.segment_id });
  const [j, p] = await both(q);
  const changed = structuredClone(p) as { providers: { contractCount: number }[] };
  changed.providers[0]!.contractCount += 1;
  expect(j).not.toEqual(changed);
});

test('as a region: a–c answered alike for its own region through its row filter, and nothing of it for another region', async () => {
  const { rows: [r, ander] } = await db.pool.query<{ region_id: string; code: string }>(
    `SELECT c.region_id, r.code FROM contract c JOIN region r ON r.id = c.region_id GROUP BY c.region_id, r.code ORDER BY count(*) DESC, c.region_id LIMIT 2`);
  const { rows: [t] } = await db.pool.query<{ contract_id: string; product_id: string }>(
    `SELECT t.contract_id, t.product_id FROM tariff t JOIN contract c ON c.id = t.contract_id
     WHERE c.region_id = $1 AND t.valid_from <= $2 AND (t.valid_to IS NULL OR t.valid_to >= $2) ORDER BY t.contract_id, t.product_id LIMIT 1`,
    [r!.region_id, TODAY]);
  const { rows: [s] } = await db.pool.query<{ segment_id: string }>(
    `SELECT segment_id FROM contract WHERE region_id = $1 GROUP BY segment_id ORDER BY count(*) DESC, segment_id LIMIT 1`, [r!.region_id]);
  const vragen = [
    query('a', { regionId: r!.region_id }),
    query('b', { contractId: t!.contract_id, productId: t!.product_id, on: TODAY }),
    query('c', { segmentId: s!.segment_id }),
  ];
  for (const q of vragen) {
    const [j, p] = await both(q, `regio:${r!.code}`);
    expect(j).toEqual(p);
    expect(j && (!Array.isArray(j) || j.length > 0)).toBeTruthy();
    const [elders] = await both(q, `regio:${ander!.code}`);
    expect(elders).toEqual(q.key === 'a' ? [] : null);
  }
});

test('d: a page of 100 allocations of a region with client pseudonym, product, provider and contract — Jeugdregie as that region', async () => {
  const { rows: regios } = await db.pool.query<{ code: string; n: number }>(
    `SELECT r.code, count(*)::int AS n FROM toewijzing t JOIN municipality m ON m.cbs_code = t.gemeente_code JOIN region r ON r.id = m.region_id
     GROUP BY r.code ORDER BY count(*) DESC, r.code LIMIT 3`);
  expect(regios.length).toBe(3);
  for (const { code, n } of regios) {
    const q = query('d', { regioCode: code });
    expect(q.alsRegio).toBe(true);
    const [j, p] = await both(q, `regio:${code}`);
    expect(j).toEqual(p);
    const page = j as { gemeenteCode: string; product: unknown; provider: unknown; contract: unknown; client: { pseudoniem: string } }[];
    expect(page.length).toBe(Math.min(100, n));
    expect(page.every((t) => t.client.pseudoniem.length === 64 && t.provider && t.contract)).toBe(true);
    expect(page.some((t) => t.product)).toBe(true);
  }
  // another region's token reads its own municipalities, never these
  const [eerste, tweede] = regios;
  const [andere] = await both(query('d', { regioCode: eerste!.code }), `regio:${tweede!.code}`);
  const [eigen] = await both(query('d', { regioCode: eerste!.code }), `regio:${eerste!.code}`);
  const codes = new Set((eigen as { gemeenteCode: string }[]).map((t) => t.gemeenteCode));
  expect((andere as { gemeenteCode: string }[]).some((t) => codes.has(t.gemeenteCode))).toBe(false);
});
