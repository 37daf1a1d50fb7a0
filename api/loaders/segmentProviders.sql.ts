import type { Sql } from './rows';

/**
 * The providers with a contract in each segment (`select`: columns of provider `e`), with their number of contracts
 * there and the latest end date of those contracts (null when none has an end date), aggregated in PostgreSQL from
 * an index-only scan of contract_segment_provider_idx, ordered per segment by AGB code.
 */
export function segmentProvidersSql(select: string, segmentIds: readonly string[]): Sql {
  return {
    text: `
      SELECT s.segment_id AS "segmentId", s.contract_count AS "contractCount", s.latest_end AS "latestContractEnd", ${select}
      FROM (
        SELECT c.segment_id, c.provider_id, count(*)::int AS contract_count, to_char(max(c.end_date), 'YYYY-MM-DD') AS latest_end
        FROM contract c
        WHERE c.segment_id = ANY($1::uuid[])
        GROUP BY c.segment_id, c.provider_id
      ) s
      JOIN provider e ON e.id = s.provider_id
      ORDER BY s.segment_id, e.agb_code`,
    values: [segmentIds],
  };
}
