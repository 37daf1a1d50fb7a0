import { TARIFF_COLUMNS, type Sql } from './rows';

/**
 * The own tariff periods of each contract that include `on`, per contract by product: one probe of
 * tariff_contract_product_from_idx (contract_id, product_id, valid_from) per contract.
 */
export function tariffsOnSql(contractIds: readonly string[], on: string): Sql {
  return {
    text: `
      SELECT ${TARIFF_COLUMNS}
      FROM tariff t
      WHERE t.contract_id = ANY($1::uuid[])
        AND t.valid_from <= $2::date AND (t.valid_to IS NULL OR t.valid_to >= $2::date)
      ORDER BY t.contract_id, t.product_id, t.valid_from`,
    values: [contractIds, on],
  };
}
