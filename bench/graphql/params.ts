import type pg from 'pg';
import { todayInAmsterdam } from '../../api/resolvers/ContractResolver';
import type { BenchParams } from './queries';

/**
 * The ids the queries run with, chosen from the data the same way every run: the region with the most contracts
 * (so a page of 100 is full), its contract × product with an own tariff today, and that region's segment with the
 * most contracts; for d, the region with the most allocations.
 */
export async function benchParams(db: pg.ClientBase): Promise<BenchParams> {
  const today = todayInAmsterdam();
  const { rows: [r] } = await db.query<{ region_id: string }>(
    `SELECT region_id FROM contract GROUP BY region_id ORDER BY count(*) DESC, region_id LIMIT 1`);
  const { rows: [t] } = await db.query<{ contract_id: string; product_id: string }>(
    `SELECT t.contract_id, t.product_id FROM tariff t JOIN contract c ON c.id = t.contract_id
     WHERE c.region_id = $1 AND daterange(t.valid_from, t.valid_to, '[]') @> $2::date
     ORDER BY c.reference, t.product_id LIMIT 1`, [r!.region_id, today]);
  const { rows: [s] } = await db.query<{ segment_id: string }>(
    `SELECT segment_id FROM contract WHERE region_id = $1 GROUP BY segment_id ORDER BY count(*) DESC, segment_id LIMIT 1`, [r!.region_id]);
  if (!t || !s) throw new Error('the data has no contract tariff valid today: load the reference set first');
  // d: the region with the most allocations (without care data: the contract region, and d answers an empty page)
  const { rows: [z] } = await db.query<{ code: string }>(
    `SELECT r.code FROM region r LEFT JOIN (SELECT m.region_id, count(*) AS n FROM toewijzing t JOIN municipality m ON m.cbs_code = t.gemeente_code
       GROUP BY m.region_id) a ON a.region_id = r.id ORDER BY COALESCE(a.n, 0) DESC, r.id = $1 DESC, r.code LIMIT 1`, [r!.region_id]);
  return { regionId: r!.region_id, today, contractId: t.contract_id, productId: t.product_id, on: today, segmentId: s.segment_id, regioCode: z!.code };
}
