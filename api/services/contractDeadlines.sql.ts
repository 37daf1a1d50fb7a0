import type { RijScope } from '../auth/RijScope';
import { Params } from '../loaders/entityRows.sql';
import type { Sql } from '../loaders/rows';

export type DeadlineKind = 'END' | 'RENEWAL' | 'NOTICE_DEADLINE';

/**
 * Upcoming contract deadlines in the window [from, from + days], for contracts not ended/terminated.
 *
 * - Without tacit renewal: END on end_date.
 * - With tacit renewal: the current period ends on P, the first of end_date + k × renewal_period_months
 *   (k = 0, 1, ...) on or after `from` (end_date is not always rolled forward by hand).
 *   If latest_end_date is set and P reaches or passes it, the contract cannot renew again: END on
 *   latest_end_date. Otherwise RENEWAL on P, and NOTICE_DEADLINE on P − notice_period_months: the last
 *   day to give notice so the contract ends on P instead of renewing. (Only the current period's notice
 *   deadline is reported; once it has passed, the next one lies a whole renewal period later.)
 * Contracts without an end date never appear. Served by contract_end_date_idx for the non-renewing ones.
 */
export function contractDeadlinesSql(from: string, days: number, regionId: string | null, scope?: RijScope): Sql {
  const params = new Params();
  params.bind(from); // $1
  params.bind(days); // $2
  params.bind(regionId); // $3
  // the caller's row filter on the contracts (alias e), its values from $4 on
  const tenant = scope?.predicaat('contract', 'e', params);
  const text = `
    WITH c AS (
      SELECT id, end_date, tacit_renewal, renewal_period_months, notice_period_months, latest_end_date
      FROM contract e
      WHERE end_date IS NOT NULL${tenant ? `
        AND ${tenant}` : ''}
        AND status NOT IN ('ended', 'terminated')
        AND ($3::uuid IS NULL OR region_id = $3::uuid)
        AND (tacit_renewal OR end_date BETWEEN $1::date AND $1::date + $2::int)
    ),
    renewing AS (
      SELECT c.id, c.notice_period_months, c.latest_end_date, p.period_end
      FROM c
      CROSS JOIN LATERAL (
        SELECT (c.end_date + make_interval(months => c.renewal_period_months * k))::date AS period_end
        FROM generate_series(0, 1200) AS k
        WHERE (c.end_date + make_interval(months => c.renewal_period_months * k))::date >= $1::date
        ORDER BY k
        LIMIT 1
      ) p
      WHERE c.tacit_renewal
    ),
    deadlines AS (
      SELECT id AS contract_id, 'END' AS kind, end_date AS date FROM c WHERE NOT tacit_renewal
      UNION ALL
      SELECT id, 'END', latest_end_date FROM renewing
      WHERE latest_end_date IS NOT NULL AND period_end >= latest_end_date
      UNION ALL
      SELECT id, 'RENEWAL', period_end FROM renewing
      WHERE latest_end_date IS NULL OR period_end < latest_end_date
      UNION ALL
      SELECT id, 'NOTICE_DEADLINE', (period_end - make_interval(months => notice_period_months))::date FROM renewing
      WHERE notice_period_months IS NOT NULL AND (latest_end_date IS NULL OR period_end < latest_end_date)
    )
    SELECT contract_id, kind, to_char(date, 'YYYY-MM-DD') AS date
    FROM deadlines
    WHERE date BETWEEN $1::date AND $1::date + $2::int
    ORDER BY date, kind, contract_id`;
  return { text, values: params.values };
}
