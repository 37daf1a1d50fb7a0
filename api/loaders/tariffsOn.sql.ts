import type { RijScope } from '../auth/RijScope';
import { Params, where, type Aggregate, type EntityTable, type JsonRow } from './entityRows.sql';
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

/**
 * The same tariff periods for each contract of a page, inside the page statement (pageSql's `aggregates`): a JSON
 * array per contract row (alias `e`), in the order tariffsOnSql returns them, each an array of the columns
 * tariffsOnSql reads for `fields` (`read` makes it that row: EntityTable.jsonRow). Served by
 * tariff_contract_product_from_idx per contract (contract_id = e.id, valid_from <= on).
 *
 * No row filter of its own: these are the own tariffs of a contract row that passed the caller's contract filter in
 * the same statement, and a contract's own tariffs are visible exactly when the contract is (rijFilter.ts, for every
 * role; test/auth.contractRelaties.test.ts checks it over every contract tariff). The regio filter on tariffs costs an
 * EXISTS probe per tariff row here (EXPLAIN ANALYZE of bench:graphql a as regio: 0.042 against 0.030 ms per contract).
 *
 * Null when a selected column cannot travel as JSON (then the page reads them in a second statement, as before).
 */
export function tariffsOnAggregate(t: EntityTable, fields: ReadonlySet<string>, on: string): (Aggregate & { read: JsonRow['read'] }) | null {
  const row = t.jsonRow('x', fields);
  if (!row) return null;
  return {
    name: TARIFFS_ON,
    read: row.read,
    sql(params) {
      const op = params.bind(on);
      const conditions = ['x.contract_id = e.id', `x.valid_from <= ${op}::date`, `(x.valid_to IS NULL OR x.valid_to >= ${op}::date)`];
      return `SELECT COALESCE(json_agg(${row.sql} ORDER BY x.product_id, x.valid_from), '[]'::json) FROM tariff x WHERE ${conditions.join(' AND ')}`;
    },
  };
}

/** The column of a contract page row that carries tariffsOnAggregate's array. */
export const TARIFFS_ON = '_tariffsOn';
