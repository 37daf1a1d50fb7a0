/**
 * The set-based lookups that fill a DeclaratieContext: one statement per kind of fact, for all the
 * prestaties of a chunk at once (arrays + unnest / = ANY), never one query per prestatie.
 * Each names the index that serves it (migrations 1795380000000-CareTables, 1795420000000-Declaraties).
 */
import type { SqlQuery } from '../store/SqlQuery.js';

export interface ToewijzingRij {
  id: string;
  nummer: number;
  client_id: string;
  bsn: string;
  product_id: string | null;
  product_categorie: string | null;
  product_code: string | null;
  contract_id: string;
  ingangsdatum: string;
  einddatum: string | null;
  volume: number | null;
  eenheid: string | null;
  frequentie: string | null;
  budget_cents: number | null;
  reden_wijziging: string | null;
  status: string;
  verbruik_volume: number;
  verbruik_cents: number;
}

/** The provider's allocations with these numbers at this municipality. Served by toewijzing_nummer_uniq. */
export function selectToewijzingen(gemeente: string, aanbieder: string, nummers: number[]): SqlQuery {
  return {
    // One probe per number (LATERAL + OFFSET 0, see selectEerderePrestaties), then the client and the use by their PKs,
    // each as its own probe: toewijzing_verbruik grows inside the transaction, a join could scan all of it per row.
    text: `SELECT x.* FROM unnest($3::int[]) AS k(nr)
           CROSS JOIN LATERAL (
             SELECT t.id::text, t.toewijzing_nummer AS nummer, t.client_id::text, c.bsn,
                    t.product_id::text, t.product_categorie, t.product_code, t.contract_id::text,
                    t.ingangsdatum::text, t.einddatum::text, t.volume, t.eenheid, t.frequentie,
                    t.budget_cents::float8 AS budget_cents, t.reden_wijziging, t.status,
                    coalesce(v.volume, 0)::float8 AS verbruik_volume, coalesce(v.toegekend_cents, 0)::float8 AS verbruik_cents
             FROM toewijzing t
             CROSS JOIN LATERAL (SELECT bsn FROM client c WHERE c.gemeente_code = t.gemeente_code AND c.id = t.client_id OFFSET 0) c
             LEFT JOIN LATERAL (SELECT volume, toegekend_cents FROM toewijzing_verbruik v
                                WHERE v.gemeente_code = t.gemeente_code AND v.toewijzing_id = t.id OFFSET 0) v ON true
             WHERE t.gemeente_code = $1 AND t.toewijzing_nummer = k.nr AND t.aanbieder_agb = $2
             OFFSET 0) x`,
    values: [gemeente, aanbieder, nummers],
  };
}

export interface ProductRij {
  id: string;
  category: string;
  code: string;
  unit: string;
  segment_id: string;
}

/** Products of the municipality's region by (category, code). Served by product_region_category_code_key. */
export function selectProducten(regionId: string, categorieen: string[], codes: string[]): SqlQuery {
  return {
    text: `SELECT p.id::text, p.category, p.code, p.unit, p.segment_id::text
           FROM unnest($2::bpchar[], $3::bpchar[]) AS k(category, code)
           JOIN product p ON p.region_id = $1 AND p.category = k.category AND p.code = k.code`,
    values: [regionId, categorieen, codes],
  };
}

export interface TariefRij {
  contract_id: string | null;
  region_id: string | null;
  product_id: string;
  price_cents: number;
  valid_from: string;
  valid_to: string | null;
}

/**
 * All tariff periods of these products under these contracts, and the region's harmonised ones.
 * Served by the gist indexes of tariff_contract_no_overlap / tariff_region_no_overlap and tariff_product_id_idx.
 */
export function selectTarieven(regionId: string, productIds: string[], contractIds: string[]): SqlQuery {
  return {
    text: `SELECT contract_id::text, region_id::text, product_id::text, price_cents::float8 AS price_cents,
                  valid_from::text, valid_to::text
           FROM tariff
           WHERE product_id = ANY($2::uuid[]) AND (contract_id = ANY($3::uuid[]) OR region_id = $1)
           ORDER BY valid_from`,
    values: [regionId, productIds, contractIds],
  };
}

export interface EerderePrestatieRij {
  id: string;
  gemeente_code: string;
  declaratie_id: string;
  referentie_nummer: string;
  debet_credit: 'D' | 'C';
  toegekend: boolean;
  gecrediteerd: boolean;
  toewijzing_id: string | null;
  toewijzing_nummer: number;
  product_categorie: string;
  product_code: string;
  periode_begin: string;
  periode_eind: string;
  geleverd_volume: number;
  eenheid: string;
  product_tarief_cents: number | null;
  ingediend_cents: number;
  volume_toewijzing: number | null;
}

/**
 * Earlier prestaties of the provider with these ReferentieNummers (TR314: uniqueness; TR323/TR390: the
 * debet a credit's VorigReferentieNummer points at). Over all municipalities: the number is unique for the
 * provider in the domain. Served by prestatie_referentie_idx.
 */
export function selectEerderePrestaties(aanbieder: string, referenties: string[]): SqlQuery {
  return {
    // LATERAL + OFFSET 0 (keeps the subquery from being flattened into a hash join): one probe per key on both index columns. A plain `= ANY` lets the planner scan the whole
    // provider's range when it has no statistics yet for the rows this very transaction inserted.
    text: `SELECT p.id::text, p.gemeente_code, p.declaratie_id::text, p.referentie_nummer, p.debet_credit, p.toegekend,
                  p.gecrediteerd_door IS NOT NULL AS gecrediteerd, p.toewijzing_id::text, p.toewijzing_nummer,
                  p.product_categorie, p.product_code, p.periode_begin::text, p.periode_eind::text,
                  p.geleverd_volume::float8 AS geleverd_volume, p.eenheid, p.product_tarief_cents::float8 AS product_tarief_cents,
                  p.ingediend_cents::float8 AS ingediend_cents, p.volume_toewijzing::float8 AS volume_toewijzing
           FROM unnest($2::text[]) AS k(ref)
           CROSS JOIN LATERAL (SELECT * FROM prestatie WHERE aanbieder_agb = $1 AND referentie_nummer = k.ref OFFSET 0) p`,
    values: [aanbieder, referenties],
  };
}

/**
 * TR389: approved, not credited debets for these (toewijzing, product, ProductPeriode begin) keys.
 * Served by prestatie_debet_open_idx (partial: only the open debets are in it).
 */
export function selectOpenDebets(gemeente: string, nummers: number[], categorieen: string[], codes: string[], begins: string[]): SqlQuery {
  return {
    // LATERAL: one probe per key into the partial index (migration 1795440000000: the allocation number leads and
    // the inner query names no gemeente_code, so prestatie_pkey cannot be mistaken for the cheaper path).
    text: `SELECT p.id::text, p.referentie_nummer, p.toewijzing_nummer, p.product_categorie, p.product_code,
                  p.periode_begin::text, p.periode_eind::text
           FROM (SELECT DISTINCT * FROM unnest($2::int[], $3::bpchar[], $4::bpchar[], $5::date[])) AS k(nr, cat, code, begin)
           CROSS JOIN LATERAL (
             SELECT * FROM prestatie
             WHERE toewijzing_nummer = k.nr AND product_categorie = k.cat AND product_code = k.code
               AND periode_begin = k.begin AND debet_credit = 'D' AND toegekend AND gecrediteerd_door IS NULL OFFSET 0) p
           WHERE p.gemeente_code = $1::bpchar`,
    values: [gemeente, nummers, categorieen, codes, begins],
  };
}

export function selectRegio(gemeente: string): SqlQuery {
  return { text: `SELECT region_id::text FROM municipality WHERE cbs_code = $1`, values: [gemeente] };
}

/** TR333: is the number taken by a declaration of this provider that counts as sent? Served by declaratie_nummer_uniq. */
export function selectDeclaratieNummerBezet(aanbieder: string, nummer: string): SqlQuery {
  return {
    text: `SELECT id::text, gemeente_code FROM declaratie
           WHERE aanbieder_agb = $1 AND declaratie_nummer = $2 AND status <> 'niet_verwerkt' LIMIT 1`,
    values: [aanbieder, nummer],
  };
}

/** TR318: the provider's latest declaration period at this municipality. Served by declaratie_vorige_idx. */
export function selectVorigePeriode(gemeente: string, aanbieder: string): SqlQuery {
  return {
    text: `SELECT periode_begin::text FROM declaratie
           WHERE gemeente_code = $1 AND aanbieder_agb = $2 AND status <> 'niet_verwerkt'
           ORDER BY periode_begin DESC LIMIT 1`,
    values: [gemeente, aanbieder],
  };
}

/**
 * TR318: for each month in [$3, $4] (first days), was care delivered by the provider at the municipality:
 * a current JW305 start on or before the month's end that no current JW307 stop ended before the month.
 * Starts of an outputgericht (trajectory) allocation do not count: a trajectory is declared once, not per
 * month, so its running months create no month to declare.
 */
export function selectMaandenMetLevering(gemeente: string, aanbieder: string, van: string, tot: string): SqlQuery {
  return {
    text: `SELECT count(*)::int AS maanden,
                  count(*) FILTER (WHERE EXISTS (
                    SELECT 1 FROM start_product s
                    WHERE s.gemeente_code = $1 AND s.aanbieder_agb = $2 AND s.status = 'actueel'
                      AND s.begindatum < (m + interval '1 month')::date
                      AND NOT EXISTS (SELECT 1 FROM toewijzing t JOIN product p ON p.id = t.product_id
                                      WHERE t.gemeente_code = s.gemeente_code AND t.id = s.toewijzing_id
                                        AND p.allocation_variant = 'outputgericht')
                      AND NOT EXISTS (SELECT 1 FROM stop_product st
                                      WHERE st.gemeente_code = s.gemeente_code AND st.start_product_id = s.id
                                        AND st.status = 'actueel' AND st.einddatum < m::date))
                  )::int AS geleverd
           FROM generate_series($3::date, $4::date, interval '1 month') AS m`,
    values: [gemeente, aanbieder, van, tot],
  };
}
