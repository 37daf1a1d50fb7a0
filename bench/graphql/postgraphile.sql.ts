/**
 * What PostGraphile needs to answer queries a–c the way a PostGraphile user would write them: plain PostgreSQL
 * objects in their own schema `pgl` (exposed next to public), installed by the benchmark and the agreement test only,
 * never by a migration (the product does not use them).
 * - `pgl.contract_tariffs_on(contract, date)`: a computed column, Contract.tariffsOn(on:) — the contract's own tariff
 *   periods that include the date (PostGraphile's condition argument has equality only).
 * - `pgl.tariff_on(contract_id, product_id, on)`: a custom query, Query.tariffOn — the same precedence as Jeugdregie's
 *   Query.tariff (the contract's own period, else the region's harmonised one).
 * - `pgl.segment_provider`: a view with smart comments (@primaryKey, @foreignKey) so Segment.segmentProvidersBySegmentId
 *   lists each provider of a segment with its number of contracts and latest contract end (aggregated in SQL).
 * - `pgl.regio_toewijzingen(regio_code)`: a custom query, Query.regioToewijzingen — the allocations of a region's
 *   municipalities in primary-key order (Jeugdregie's Query.toewijzingen as that region); an inlinable SQL function,
 *   so the LIMIT of a page reaches toewijzing_pkey. The nested client, product, provider and contract are
 *   PostGraphile's own relations over toewijzing's foreign keys.
 * All four use the predicates Jeugdregie's own SQL uses (api/loaders/*.sql.ts, api/services/tariffs.sql.ts), so both
 * servers are served by the same btree indexes.
 */
import pg from 'pg';

export const POSTGRAPHILE_SCHEMA = 'pgl';

/** Creates the pgl objects (idempotent) in the database; run once before starting PostGraphile. */
export async function installPostGraphileObjects(connectionString: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(postgraphileObjectsSql());
  } finally {
    await client.end();
  }
}

export function postgraphileObjectsSql(): string {
  return `
    CREATE SCHEMA IF NOT EXISTS pgl;

    CREATE OR REPLACE FUNCTION pgl.contract_tariffs_on(c public.contract, "on" date) RETURNS SETOF public.tariff
      LANGUAGE sql STABLE AS $$
        SELECT t.* FROM public.tariff t
        WHERE t.contract_id = c.id AND t.valid_from <= "on" AND (t.valid_to IS NULL OR t.valid_to >= "on")
        ORDER BY t.product_id, t.valid_from
      $$;

    CREATE OR REPLACE FUNCTION pgl.tariff_on(contract_id uuid, product_id uuid, "on" date) RETURNS public.tariff
      LANGUAGE sql STABLE AS $$
        SELECT * FROM public.tariff WHERE id = COALESCE(
          (SELECT t.id FROM (SELECT t.id, t.valid_to FROM public.tariff t
             WHERE t.contract_id = tariff_on.contract_id AND t.product_id = tariff_on.product_id AND t.valid_from <= "on"
             ORDER BY t.valid_from DESC LIMIT 1) t
           WHERE t.valid_to IS NULL OR t.valid_to >= "on"),
          (SELECT t.id FROM (SELECT t.id, t.valid_to FROM public.contract c JOIN public.tariff t ON t.region_id = c.region_id
             WHERE c.id = tariff_on.contract_id AND t.product_id = tariff_on.product_id AND t.valid_from <= "on"
             ORDER BY t.valid_from DESC LIMIT 1) t
           WHERE t.valid_to IS NULL OR t.valid_to >= "on"))
      $$;

    CREATE OR REPLACE VIEW pgl.segment_provider AS
      SELECT c.segment_id, c.provider_id, count(*)::int AS contract_count, max(c.end_date) AS latest_contract_end
      FROM public.contract c
      GROUP BY c.segment_id, c.provider_id;
    CREATE OR REPLACE FUNCTION pgl.regio_toewijzingen(regio_code text) RETURNS SETOF public.toewijzing
      LANGUAGE sql STABLE AS $$
        SELECT t.* FROM public.toewijzing t
        WHERE t.gemeente_code = ANY(ARRAY(SELECT m.cbs_code FROM public.municipality m JOIN public.region r ON r.id = m.region_id
                                          WHERE r.code = regio_code)::char(4)[])
        ORDER BY t.gemeente_code, t.id
      $$;

    COMMENT ON VIEW pgl.segment_provider IS E'@primaryKey segment_id,provider_id\\n@foreignKey (segment_id) references public.segment (id)\\n@foreignKey (provider_id) references public.provider (id)';
  `;
}
