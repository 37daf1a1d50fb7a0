import type { DataSource } from 'typeorm';
import type { ProviderType } from '../types/ProviderType';
import type { TariffType } from '../types/TariffType';

/** A hand-written statement (`*.sql.ts` returns these). */
export interface Sql {
  text: string;
  values: unknown[];
}

/**
 * Runs a read through the DataSource (so the statement is counted and logged like TypeORM's own) and returns plain
 * rows: no entity hydration on the hot read paths.
 */
export function rows<R>(ds: DataSource, sql: Sql): Promise<R[]> {
  return ds.query(sql.text, sql.values) as Promise<R[]>;
}

/** The tariff columns as TariffType wants them (dates as YYYY-MM-DD, cents and percentages as numbers). */
export const TARIFF_COLUMNS = `t.id, t.contract_id AS "contractId", t.region_id AS "regionId", t.product_id AS "productId",
  t.price_cents::float8 AS "priceCents", to_char(t.valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(t.valid_to, 'YYYY-MM-DD') AS "validTo",
  t.index_percentage::float8 AS "indexPercentage", t.previous_tariff_id AS "previousTariffId", t.created_at AS "createdAt", t.updated_at AS "updatedAt"`;
export type TariffRow = TariffType;

export const PROVIDER_COLUMNS = `p.id, p.agb_code AS "agbCode", p.kvk_number AS "kvkNumber", p.name, p.open_house_status AS "openHouseStatus",
  to_char(p.open_house_admission_date, 'YYYY-MM-DD') AS "openHouseAdmissionDate", p.created_at AS "createdAt", p.updated_at AS "updatedAt"`;
export type ProviderRow = ProviderType;
