/**
 * What the care generator reads back from the purchasing tables (whatever loaded them: laadInkoop, the demo data or
 * both): municipalities with their region, active contracts, products and tariff periods. Whole-table scans, once.
 */
import type { SqlQuery } from '../store/SqlQuery.js';

export const leesGemeenten: SqlQuery = {
  text: `SELECT m.cbs_code, m.region_id, m.youth_population FROM municipality m ORDER BY m.cbs_code`,
  values: [],
};

/** Contracts an allocation can be made under (findContractInForce: status active). */
export const leesContracten: SqlQuery = {
  text: `SELECT c.id, c.region_id, c.municipality_id, m.cbs_code AS gemeente_code, s.number AS segment, pr.agb_code,
                to_char(c.start_date, 'YYYY-MM-DD') AS start_date, to_char(c.end_date, 'YYYY-MM-DD') AS end_date
         FROM contract c JOIN segment s ON s.id = c.segment_id JOIN provider pr ON pr.id = c.provider_id
         LEFT JOIN municipality m ON m.id = c.municipality_id
         WHERE c.status = 'active'
         ORDER BY c.id`,
  values: [],
};

export const leesProducten: SqlQuery = {
  text: `SELECT p.id, p.region_id, p.segment_id, s.number AS segment, s.funding_model, p.category, p.code, p.unit, p.frequency,
                p.allocation_variant, p.norm_duration_days, p.norm_intensity::float8 AS norm_intensity
         FROM product p JOIN segment s ON s.id = p.segment_id
         ORDER BY p.id`,
  values: [],
};

export const leesTarieven: SqlQuery = {
  text: `SELECT t.id, t.contract_id, t.region_id, t.product_id, t.price_cents::float8 AS price_cents,
                to_char(t.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(t.valid_to, 'YYYY-MM-DD') AS valid_to
         FROM tariff t ORDER BY t.product_id, t.valid_from`,
  values: [],
};

/** The next free id of each care table (identity columns), so generated rows follow whatever is there. */
export const leesVolgendeIds: SqlQuery = {
  text: `SELECT (SELECT coalesce(max(id), 0) + 1 FROM bericht)::bigint::text AS bericht,
                (SELECT coalesce(max(id), 0) + 1 FROM client)::bigint::text AS client,
                (SELECT coalesce(max(id), 0) + 1 FROM verzoek)::bigint::text AS verzoek,
                (SELECT coalesce(max(id), 0) + 1 FROM toewijzing)::bigint::text AS toewijzing,
                (SELECT coalesce(max(id), 0) + 1 FROM toewijzing_historie)::bigint::text AS toewijzing_historie,
                (SELECT coalesce(max(id), 0) + 1 FROM start_product)::bigint::text AS start_product,
                (SELECT coalesce(max(id), 0) + 1 FROM stop_product)::bigint::text AS stop_product,
                (SELECT coalesce(max(id), 0) + 1 FROM declaratie)::bigint::text AS declaratie,
                (SELECT coalesce(max(id), 0) + 1 FROM prestatie)::bigint::text AS prestatie,
                (SELECT coalesce(max(id), 0) + 1 FROM signalering)::bigint::text AS signalering,
                (SELECT coalesce(max(toewijzing_nummer), 0) + 1 FROM toewijzing)::bigint::text AS toewijzing_nummer,
                EXISTS (SELECT 1 FROM information_schema.columns
                        WHERE table_name = 'toewijzing' AND column_name = 'toegewezen_op' AND table_schema = current_schema()) AS heeft_toegewezen_op`,
  values: [],
};

/** After the load: identity sequences and the allocation number sequence continue after the generated ids. */
export function zetVolgnummers(tabellen: readonly string[]): SqlQuery {
  return {
    text: tabellen.map((t) => `SELECT setval(pg_get_serial_sequence('${t}', 'id'), (SELECT coalesce(max(id), 1) FROM ${t}));`).join('\n') +
      `\nSELECT setval('toewijzing_nummer_seq', (SELECT coalesce(max(toewijzing_nummer), 1) FROM toewijzing));`,
    values: [],
  };
}
