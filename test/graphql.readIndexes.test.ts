/**
 * The read path's statements are served by the indexes named next to them (migration GraphqlReadIndexes and the
 * purchasing model): EXPLAIN of the statements the loaders and services really build. Sequential scans are switched
 * off so the small test set cannot hide a missing index behind a cheap scan. For the tariff statements the exclusion
 * constraints' gist indexes are dropped inside a rolled-back transaction: on this small set the planner rates a gist
 * probe as cheap as a btree probe, while at 500,000 periods a gist probe by contract costs ~1 ms against ~0.05 ms
 * (bench:graphql; with real statistics the planner then picks the btree). The test proves the btree serves each
 * statement's whole shape as index conditions (keys and valid_from), not as a filter.
 */
import { laadInkoop } from '../integration/nationaal/inkoop';
import { Contract, Provider, Tariff } from '../schema';
import { RijScope } from '../api/auth/RijScope';
import { entityTable, Params, pageSql } from '../api/loaders/entityRows.sql';
import { segmentProvidersSql } from '../api/loaders/segmentProviders.sql';
import { tariffsOnAggregate, tariffsOnSql } from '../api/loaders/tariffsOn.sql';
import type { Sql } from '../api/loaders/rows';
import { tariffOnSql } from '../api/services/tariffs.sql';
import { useTestDatabase } from './support/db';

const db = useTestDatabase();
const ON = '2026-03-15';

beforeAll(async () => {
  await laadInkoop(db.pool, { schaal: 0.01, seed: 11 });
  await db.pool.query('VACUUM ANALYZE contract, tariff, provider');
}, 60_000);

interface Plan {
  /** Index names in the plan. */
  indexes: string[];
  /** Every Index Cond of the plan. */
  conditions: string[];
}

/** The plan of `sql` with sequential scans off (and, with `withoutGist`, without the tariff exclusion constraints). */
async function planOf(sql: Sql, withoutGist = false): Promise<Plan> {
  const client = await db.pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL enable_seqscan = off');
    if (withoutGist) await client.query('ALTER TABLE tariff DROP CONSTRAINT tariff_contract_no_overlap, DROP CONSTRAINT tariff_region_no_overlap');
    const { rows } = await client.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) ${sql.text}`, sql.values);
    const plan: Plan = { indexes: [], conditions: [] };
    const walk = (node: Record<string, unknown>) => {
      if (typeof node['Index Name'] === 'string') plan.indexes.push(node['Index Name']);
      if (typeof node['Index Cond'] === 'string') plan.conditions.push(node['Index Cond']);
      for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
    };
    walk((rows[0]!['QUERY PLAN'] as { Plan: Record<string, unknown> }[])[0]!.Plan);
    return plan;
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
}

async function some<T>(sql: string): Promise<T> {
  return (await db.pool.query(sql)).rows[0] as T;
}

test('tariffs of a batch of contracts on a date: the btree (contract_id, product_id, valid_from)', async () => {
  // 2 of ~500 contracts: the selectivity of a page of 100 of the national 50,000
  const { ids } = await some<{ ids: string[] }>(`SELECT array_agg(id) AS ids FROM (SELECT id FROM contract ORDER BY id LIMIT 2) c`);
  const t = entityTable(db.dataSource, Tariff);
  const plan = await planOf(tariffsOnSql(t, t.columns(new Set(['priceCents', 'validFrom'])).select, ids, ON), true);
  expect(plan.indexes).toEqual(['tariff_contract_product_from_idx']);
  expect(plan.conditions[0]).toMatch(/contract_id = ANY.*valid_from <=/);
});

test('the tariffs on a date aggregated into a page of contracts: per contract, the btree (contract_id, product_id, valid_from)', async () => {
  const c = await some<{ region_id: string }>(`SELECT region_id FROM contract GROUP BY region_id ORDER BY count(*) DESC LIMIT 1`);
  const contract = entityTable(db.dataSource, Contract);
  const tariff = entityTable(db.dataSource, Tariff);
  for (const scope of [undefined, new RijScope({ soort: 'regio', regio: 'X' })]) {
    const params = new Params();
    const aggregate = tariffsOnAggregate(tariff, new Set(['priceCents', 'validFrom', 'validTo']), ON)!;
    const sql = pageSql(contract, [`${contract.column('regionId')} = ${params.bind(c.region_id)}`], params,
      { sort: 'reference', backward: false, limit: 100, cursor: null, select: contract.columns(new Set(['reference'])).select, aggregates: [aggregate] }, scope);
    const plan = await planOf(sql.page, true);
    expect(plan.indexes).toEqual(expect.arrayContaining(['contract_region_reference_key', 'tariff_contract_product_from_idx']));
    expect(plan.conditions.some((x) => /contract_id = e\.id.*valid_from <=/.test(x))).toBe(true);
  }
});

test('the tariff of one contract × product on a date: one probe of each btree (own, then harmonised)', async () => {
  const t = await some<{ contract_id: string; product_id: string }>(`SELECT contract_id, product_id FROM tariff WHERE contract_id IS NOT NULL LIMIT 1`);
  const tariff = entityTable(db.dataSource, Tariff);
  const plan = await planOf(tariffOnSql(tariff, tariff.select, t.contract_id, t.product_id, ON), true);
  expect(plan.indexes).toEqual(expect.arrayContaining(['tariff_contract_product_from_idx', 'tariff_region_product_from_idx', 'tariff_pkey', 'contract_pkey']));
  // the latest period starting on or before the date: both keys and valid_from are index conditions
  expect(plan.conditions.filter((c) => /product_id = .*valid_from <=/.test(c))).toHaveLength(2);
});

test('providers of a segment with count and latest end: contract_segment_provider_idx', async () => {
  const s = await some<{ segment_id: string }>(`SELECT segment_id FROM contract GROUP BY segment_id ORDER BY count(*) DESC LIMIT 1`);
  const provider = entityTable(db.dataSource, Provider);
  expect((await planOf(segmentProvidersSql(provider, provider.columns(new Set(['agbCode', 'name'])).select, [s.segment_id]))).indexes).toEqual(expect.arrayContaining(['contract_segment_provider_idx', 'provider_pkey']));
});

test('a keyset page of a region\'s contracts (after a cursor): contract_region_reference_key', async () => {
  const c = await some<{ region_id: string; reference: string; id: string }>(`SELECT region_id, reference, id FROM contract ORDER BY reference LIMIT 1`);
  const t = entityTable(db.dataSource, Contract);
  const params = new Params();
  const sql = pageSql(t, [`${t.column('regionId')} = ${params.bind(c.region_id)}`], params,
    { sort: 'reference', backward: false, limit: 100, cursor: [c.reference, c.id], select: t.columns(new Set(['reference'])).select });
  const plan = await planOf(sql.page);
  expect(plan.indexes).toEqual(['contract_region_reference_key']);
  expect(plan.conditions[0]).toMatch(/region_id = /);
});

test('the same page as the region itself: its row filter in the WHERE keeps the keyset on contract_region_reference_key', async () => {
  const c = await some<{ region_id: string; code: string; reference: string; id: string }>(
    `SELECT c.region_id, r.code, c.reference, c.id FROM contract c JOIN region r ON r.id = c.region_id ORDER BY c.reference LIMIT 1`);
  const t = entityTable(db.dataSource, Contract);
  const params = new Params();
  const sql = pageSql(t, [`${t.column('regionId')} = ${params.bind(c.region_id)}`], params,
    { sort: 'reference', backward: false, limit: 100, cursor: [c.reference, c.id], select: t.columns(new Set(['reference'])).select },
    new RijScope({ soort: 'regio', regio: c.code }));
  expect(sql.page.text).toMatch(/r\.code = \$2/);
  const plan = await planOf(sql.page);
  expect(plan.indexes).toEqual(expect.arrayContaining(['contract_region_reference_key', 'region_code_key']));
});
