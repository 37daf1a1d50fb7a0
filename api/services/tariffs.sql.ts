import type { RijScope } from '../auth/RijScope';
import { Params, where, type EntityTable } from '../loaders/entityRows.sql';
import type { Sql } from '../loaders/rows';

/**
 * Hand-written tariff SQL. Tariff periods are closed intervals daterange(valid_from, valid_to, '[]');
 * the lookups use the same expression as the exclusion constraints tariff_contract_no_overlap /
 * tariff_region_no_overlap, so their gist indexes (contract_id|region_id, product_id, daterange) serve them.
 */

/** Locks and closes every tariff of the region valid on `from` (harmonised and its contracts'), returning the old end. */
export function closeRegionTariffsSql(regionId: string, from: string) {
  return {
    text: `
      UPDATE tariff t
      SET valid_to = $2::date - 1, updated_at = now()
      FROM (
        SELECT t0.id, t0.valid_to
        FROM tariff t0
        LEFT JOIN contract c ON c.id = t0.contract_id
        WHERE (t0.region_id = $1::uuid OR c.region_id = $1::uuid)
          AND daterange(t0.valid_from, t0.valid_to, '[]') @> $2::date
          AND t0.valid_from < $2::date  -- a period starting on 'from' already is that day's price
        FOR UPDATE OF t0
      ) old
      WHERE t.id = old.id
      RETURNING t.id, to_char(old.valid_to, 'YYYY-MM-DD') AS old_valid_to`,
    values: [regionId, from],
  };
}

/**
 * The successor periods: from `from` to the old end, price × (1 + pct/100) rounded to whole cents
 * with PostgreSQL's round(numeric), which rounds halves away from zero (1234.5 -> 1235).
 */
export function insertIndexedTariffsSql(ids: string[], oldValidTo: (string | null)[], percentage: string, from: string) {
  return {
    text: `
      INSERT INTO tariff (contract_id, region_id, product_id, price_cents, valid_from, valid_to, index_percentage, previous_tariff_id)
      SELECT t.contract_id, t.region_id, t.product_id,
             round(t.price_cents::numeric * (100 + $3::numeric) / 100)::bigint,
             $4::date, x.old_valid_to, $3::numeric, t.id
      FROM unnest($1::uuid[], $2::date[]) AS x(id, old_valid_to)
      JOIN tariff t ON t.id = x.id
      RETURNING id`,
    values: [ids, oldValidTo, percentage, from],
  };
}

/**
 * The tariff of a product under a contract on a date (`select`: columns of tariff `e`): the contract's own period that includes `on`, else the
 * harmonised one of the contract's region. Each step takes the latest period starting on or before `on` from the
 * btree tariff_(contract|region)_product_from_idx and keeps it when it has not ended before `on` (periods never
 * overlap). The gist indexes of the exclusion constraints could answer `daterange @> on` as well, but a probe there
 * costs ~1 ms at 500,000 periods against ~0.05 ms for the btree. With a `scope`, the tariff found must also pass the
 * caller's row filter (same statement); `t`: the tariff table (alias `e`).
 */
export function tariffOnSql(t: EntityTable, select: string, contractId: string, productId: string, on: string, scope?: RijScope): Sql {
  const params = new Params();
  const [c, p, d] = [params.bind(contractId), params.bind(productId), params.bind(on)];
  const id = `e.id = COALESCE(
        (SELECT o.id FROM (SELECT o.id, o.valid_to FROM tariff o
           WHERE o.contract_id = ${c}::uuid AND o.product_id = ${p}::uuid AND o.valid_from <= ${d}::date
           ORDER BY o.valid_from DESC LIMIT 1) o
         WHERE o.valid_to IS NULL OR o.valid_to >= ${d}::date),
        (SELECT h.id FROM (SELECT h.id, h.valid_to FROM contract c JOIN tariff h ON h.region_id = c.region_id
           WHERE c.id = ${c}::uuid AND h.product_id = ${p}::uuid AND h.valid_from <= ${d}::date
           ORDER BY h.valid_from DESC LIMIT 1) h
         WHERE h.valid_to IS NULL OR h.valid_to >= ${d}::date))`;
  return {
    text: `
      SELECT ${select}
      FROM tariff e
      ${where(t, [id], params, scope)}`,
    values: params.values,
  };
}
