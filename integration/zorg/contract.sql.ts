/**
 * The purchasing side of an allocation: which contract and tariff are in force. Reads H1a's tables
 * (municipality, provider, product, contract, tariff); served by product_region_category_code_key,
 * contract_provider_region_idx (provider_id first) and the tariff exclusion constraints' gist indexes.
 */
import type { SqlQuery } from '../store/SqlQuery.js';

export interface ContractInForce {
  contract_id: string;
  product_id: string | null;
  tariff_id: string | null;
  price_cents: number | null;
}

/**
 * A contract of this provider with the municipality's region (or a local contract of this municipality), status
 * active, for the segment of the product, covering the whole period [ingangsdatum, einddatum]; an allocation without
 * einddatum needs an open-ended contract. A local contract of the municipality wins over a region contract.
 * The tariff is the contract's tariff for the product on the ingangsdatum, else the region's harmonised tariff.
 * Without product code (an aspecific allocation) any product of the category in the contracted segment counts.
 */
export function findContractInForce(gemeenteCode: string, aanbiederAgb: string, categorie: string, code: string | null,
  ingangsdatum: string, einddatum: string | null): SqlQuery {
  return {
    text: `SELECT c.id AS contract_id, CASE WHEN $4::text IS NULL THEN NULL ELSE p.id END AS product_id,
                  t.id AS tariff_id, t.price_cents::float8 AS price_cents
           FROM municipality m
           JOIN provider pr ON pr.agb_code = $2
           JOIN product p ON p.region_id = m.region_id AND p.category = $3 AND ($4::text IS NULL OR p.code = $4)
           JOIN contract c ON c.provider_id = pr.id AND c.region_id = m.region_id AND c.segment_id = p.segment_id
                          AND (c.municipality_id IS NULL OR c.municipality_id = m.id) AND c.status = 'active'
                          AND c.start_date <= $5::date
                          AND (c.end_date IS NULL OR ($6::date IS NOT NULL AND c.end_date >= $6::date))
           LEFT JOIN LATERAL (
             SELECT tt.id, tt.price_cents FROM tariff tt
             WHERE tt.product_id = p.id AND $4::text IS NOT NULL
               AND (tt.contract_id = c.id OR tt.region_id = m.region_id)
               AND tt.valid_from <= $5::date AND (tt.valid_to IS NULL OR tt.valid_to >= $5::date)
             ORDER BY (tt.contract_id IS NOT NULL) DESC LIMIT 1
           ) t ON true
           WHERE m.cbs_code = $1
           ORDER BY (c.municipality_id IS NOT NULL) DESC, c.start_date DESC, c.id
           LIMIT 1`,
    values: [gemeenteCode, aanbiederAgb, categorie, code, ingangsdatum, einddatum],
  };
}

/** For the error: does the product exist in the municipality's region at all, and is any contract active at the start? */
export function diagnoseContract(gemeenteCode: string, aanbiederAgb: string, categorie: string, code: string | null,
  ingangsdatum: string): SqlQuery {
  return {
    text: `SELECT EXISTS (SELECT 1 FROM municipality m JOIN product p ON p.region_id = m.region_id
                          WHERE m.cbs_code = $1 AND p.category = $3 AND ($4::text IS NULL OR p.code = $4)) AS product_bestaat,
                  EXISTS (SELECT 1 FROM municipality m JOIN provider pr ON pr.agb_code = $2
                          JOIN product p ON p.region_id = m.region_id AND p.category = $3 AND ($4::text IS NULL OR p.code = $4)
                          JOIN contract c ON c.provider_id = pr.id AND c.region_id = m.region_id AND c.segment_id = p.segment_id
                                         AND (c.municipality_id IS NULL OR c.municipality_id = m.id) AND c.status = 'active'
                                         AND c.start_date <= $5::date AND (c.end_date IS NULL OR c.end_date >= $5::date)
                          WHERE m.cbs_code = $1) AS contract_bij_start`,
    values: [gemeenteCode, aanbiederAgb, categorie, code, ingangsdatum],
  };
}
