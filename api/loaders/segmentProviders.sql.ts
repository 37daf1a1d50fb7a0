import type { RijScope } from '../auth/RijScope';
import { Params, where, type EntityTable } from './entityRows.sql';
import type { Sql } from './rows';

/**
 * The providers with a contract in each segment (`select`: columns of provider `e`), with their number of contracts
 * there and the latest end date of those contracts (null when none has an end date), aggregated in PostgreSQL from
 * an index-only scan of contract_segment_provider_idx, ordered per segment by AGB code. `t`: the provider table
 * (alias `e`), for the caller's row filter on the providers (a provider sees itself only; a region's segments hold
 * only its own contracts, so the counts are of contracts the caller may see).
 */
export function segmentProvidersSql(t: EntityTable, select: string, segmentIds: readonly string[], scope?: RijScope): Sql {
  const params = new Params();
  const segmenten = params.bind(segmentIds);
  return {
    text: `
      SELECT s.segment_id AS "segmentId", s.contract_count AS "contractCount", s.latest_end AS "latestContractEnd", ${select}
      FROM (
        SELECT c.segment_id, c.provider_id, count(*)::int AS contract_count, to_char(max(c.end_date), 'YYYY-MM-DD') AS latest_end
        FROM contract c
        WHERE c.segment_id = ANY(${segmenten}::uuid[])
        GROUP BY c.segment_id, c.provider_id
      ) s
      JOIN provider e ON e.id = s.provider_id
      ${where(t, [], params, scope)}
      ORDER BY s.segment_id, e.agb_code`,
    values: params.values,
  };
}
