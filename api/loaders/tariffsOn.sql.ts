import type { Sql } from './rows';

/**
 * The own tariff periods of each contract that include `on`, per contract by product (`select`: columns of tariff
 * `e`). Served by tariff_contract_product_from_idx (contract_id = ANY, valid_from <= on); the gist index of
 * tariff_contract_no_overlap cannot take `= ANY`.
 */
export function tariffsOnSql(select: string, contractIds: readonly string[], on: string): Sql {
  return {
    text: `
      SELECT ${select}
      FROM tariff e
      WHERE e.contract_id = ANY($1::uuid[])
        AND e.valid_from <= $2::date AND (e.valid_to IS NULL OR e.valid_to >= $2::date)
      ORDER BY e.contract_id, e.product_id, e.valid_from`,
    values: [contractIds, on],
  };
}
