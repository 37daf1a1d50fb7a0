import type { RijScope } from '../auth/RijScope';
import { Params, where, type EntityTable } from './entityRows.sql';
import type { Sql } from './rows';

/**
 * The own tariff periods of each contract that include `on`, per contract by product (`select`: columns of tariff
 * `e`). Served by tariff_contract_product_from_idx (contract_id = ANY, valid_from <= on); the gist index of
 * tariff_contract_no_overlap cannot take `= ANY`. `t`: the tariff table (alias `e`), for the caller's row filter.
 */
export function tariffsOnSql(t: EntityTable, select: string, contractIds: readonly string[], on: string, scope?: RijScope): Sql {
  const params = new Params();
  const ids = params.bind(contractIds);
  const op = params.bind(on);
  const conditions = [`e.contract_id = ANY(${ids}::uuid[])`, `e.valid_from <= ${op}::date`, `(e.valid_to IS NULL OR e.valid_to >= ${op}::date)`];
  return {
    text: `
      SELECT ${select}
      FROM tariff e
      ${where(t, conditions, params, scope)}
      ORDER BY e.contract_id, e.product_id, e.valid_from`,
    values: params.values,
  };
}
