/** The demo region loads into an empty database, passes every constraint, and loads only once. */
import { demoId, loadDemoData } from '../api/boot/demoData';
import { useTestDatabase } from './support/db';

const db = useTestDatabase();

test('loads Zuid-Holland Zuid into an empty database', async () => {
  const summary = await loadDemoData(db.dataSource);
  expect(summary).toMatchObject({ loaded: true, regions: 1, municipalities: 10, segments: 7, providers: 30 });
  expect(summary.contracts).toBeGreaterThanOrEqual(30);
  expect(summary.products).toBeGreaterThanOrEqual(20);
  expect(summary.tariffs).toBeGreaterThan(50);
  expect(summary.budgets).toBe(10 * 5 * 3 + 2 * 3);
});

test('the municipalities carry their real CBS codes', async () => {
  const { rows } = await db.pool.query<{ cbs_code: string; name: string }>(
    'SELECT cbs_code, name FROM municipality ORDER BY cbs_code',
  );
  expect(rows.map((r) => `${r.cbs_code} ${r.name}`)).toEqual([
    '0482 Alblasserdam', '0505 Dordrecht', '0512 Gorinchem', '0523 Hardinxveld-Giessendam', '0531 Hendrik-Ido-Ambacht',
    '0590 Papendrecht', '0610 Sliedrecht', '0642 Zwijndrecht', '1963 Hoeksche Waard', '1978 Molenlanden',
  ]);
});

test('segments have the seed table methods and funding; taakgericht contracts have a lumpsum', async () => {
  const { rows } = await db.pool.query<{ number: number; procurement_method: string; funding_model: string }>(
    'SELECT number, procurement_method, funding_model FROM segment ORDER BY number',
  );
  expect(rows.map((r) => `${r.number} ${r.procurement_method} ${r.funding_model}`)).toEqual([
    '1 aanbesteding_sas outputgericht',
    '2 aanbesteding_sas inspanningsgericht',
    '3 open_house inspanningsgericht',
    '4 aanbesteding_sas outputgericht',
    '5 begrotingssubsidie taakgericht',
    '6 begrotingssubsidie taakgericht',
    '7 subsidie taakgericht',
  ]);
  const { rows: missing } = await db.pool.query(`
    SELECT c.reference FROM contract c JOIN segment s ON s.id = c.segment_id
    WHERE s.funding_model = 'taakgericht' AND c.lumpsum_per_year_cents IS NULL`);
  expect(missing).toEqual([]);
});

test('every priced product has one harmonised tariff on any day from 2025 on, and 2026 is indexed', async () => {
  const { rows } = await db.pool.query<{ code: string; n: number; price: string; idx: string | null; prev: string | null }>(`
    SELECT p.code, count(*)::int AS n, max(t.price_cents) AS price, max(t.index_percentage) AS idx, max(t.previous_tariff_id::text) AS prev
    FROM product p JOIN tariff t ON t.product_id = p.id AND t.region_id IS NOT NULL
    WHERE daterange(t.valid_from, t.valid_to, '[]') @> date '2026-11-22'
    GROUP BY p.code`);
  expect(rows.length).toBeGreaterThanOrEqual(18);
  for (const row of rows) {
    expect(row.n).toBe(1);
    expect(Number(row.idx)).toBeCloseTo(3.85);
    expect(row.prev).not.toBeNull();
  }
  const { rows: ambulant } = await db.pool.query<{ valid_from: string; price_cents: string }>(`
    SELECT to_char(valid_from, 'YYYY-MM-DD') AS valid_from, price_cents FROM tariff
    WHERE region_id IS NOT NULL AND product_id = $1 ORDER BY valid_from`, [demoId('product', 'ZHZ-45-45A48')]);
  expect(ambulant).toEqual([
    { valid_from: '2025-01-01', price_cents: '7155' },
    { valid_from: '2026-01-01', price_cents: String(Math.round(7155 * 1.0385)) },
  ]);
});

test('a second load writes nothing', async () => {
  const before = await loadDemoData(db.dataSource);
  expect(before.loaded).toBe(false);
  const again = await loadDemoData(db.dataSource);
  expect(again).toEqual(before);
  expect(again.regions).toBe(1);
});
