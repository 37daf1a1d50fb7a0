/**
 * Every named constraint of the purchasing model (migrations/1795300001000-PurchasingModel.ts and the
 * reference tables), mapped to the API error code and the (GraphQL/entity) field it concerns.
 * The API turns a PostgreSQL error into a typed error with `constraintError(err)`:
 *   23505 unique_violation, 23514 check_violation (also raised by the model's triggers),
 *   23P01 exclusion_violation, 23503 foreign_key_violation.
 * A 23503 raised while deleting or re-keying a referenced row ("is still referenced") maps to
 * STILL_REFERENCED whatever the constraint.
 * test/constraints.test.ts checks that every constraint in the database is listed here.
 */

export type ConstraintErrorCode =
  | 'REGION_CODE_TAKEN'
  | 'INVALID_REGION_CODE'
  | 'INVALID_NAME'
  | 'MUNICIPALITY_CBS_CODE_TAKEN'
  | 'INVALID_CBS_CODE'
  | 'INVALID_YOUTH_POPULATION'
  | 'AGB_CODE_TAKEN'
  | 'INVALID_AGB_CODE'
  | 'INVALID_KVK_NUMBER'
  | 'OPEN_HOUSE_ADMISSION_DATE_REQUIRED'
  | 'SEGMENT_NUMBER_TAKEN'
  | 'INVALID_SEGMENT_NUMBER'
  | 'INVALID_ACCESS_ROUTE'
  | 'CONTRACT_REFERENCE_TAKEN'
  | 'INVALID_REFERENCE'
  | 'CONTRACT_END_BEFORE_START'
  | 'CONTRACT_LATEST_END_BEFORE_END'
  | 'RENEWAL_PERIOD_REQUIRED'
  | 'INVALID_PERIOD'
  | 'INVALID_AMOUNT'
  | 'LUMPSUM_REQUIRED'
  | 'ADMISSION_BEFORE_START'
  | 'PRODUCT_CODE_TAKEN'
  | 'INVALID_PRODUCT_CATEGORY'
  | 'INVALID_PRODUCT_CODE'
  | 'INVALID_UNIT'
  | 'INVALID_FREQUENCY'
  | 'UNIT_DOES_NOT_MATCH_VARIANT'
  | 'INVALID_NORM'
  | 'TARIFF_OWNER_REQUIRED'
  | 'TARIFF_END_BEFORE_START'
  | 'INVALID_PRICE'
  | 'INVALID_INDEX_PERCENTAGE'
  | 'TARIFF_PERIOD_OVERLAP'
  | 'BUDGET_OWNER_REQUIRED'
  | 'BUDGET_EXISTS'
  | 'INVALID_YEAR'
  | 'REGION_NOT_FOUND'
  | 'MUNICIPALITY_NOT_FOUND'
  | 'PROVIDER_NOT_FOUND'
  | 'SEGMENT_NOT_FOUND'
  | 'CONTRACT_NOT_FOUND'
  | 'PRODUCT_NOT_FOUND'
  | 'TARIFF_NOT_FOUND'
  | 'SEGMENT_NOT_IN_REGION'
  | 'MUNICIPALITY_NOT_IN_REGION'
  | 'PRODUCT_NOT_IN_REGION'
  | 'STILL_REFERENCED'
  | 'DUPLICATE';

export interface ConstraintInfo {
  code: ConstraintErrorCode;
  /** The entity property (= GraphQL field) at fault. */
  field: string;
  /** SQLSTATE the constraint raises. */
  sqlstate: '23505' | '23514' | '23P01' | '23503';
}

const unique = (code: ConstraintErrorCode, field: string): ConstraintInfo => ({ code, field, sqlstate: '23505' });
const check = (code: ConstraintErrorCode, field: string): ConstraintInfo => ({ code, field, sqlstate: '23514' });
const exclusion = (code: ConstraintErrorCode, field: string): ConstraintInfo => ({ code, field, sqlstate: '23P01' });
const fk = (code: ConstraintErrorCode, field: string): ConstraintInfo => ({ code, field, sqlstate: '23503' });

export const CONSTRAINTS: Readonly<Record<string, ConstraintInfo>> = Object.freeze({
  // region
  region_code_key: unique('REGION_CODE_TAKEN', 'code'),
  region_code_format: check('INVALID_REGION_CODE', 'code'),
  region_name_not_blank: check('INVALID_NAME', 'name'),
  // municipality
  municipality_cbs_code_key: unique('MUNICIPALITY_CBS_CODE_TAKEN', 'cbsCode'),
  municipality_id_region_id_key: unique('DUPLICATE', 'id'),
  municipality_cbs_code_fkey: fk('INVALID_CBS_CODE', 'cbsCode'),
  municipality_region_id_fkey: fk('REGION_NOT_FOUND', 'regionId'),
  municipality_youth_population_not_negative: check('INVALID_YOUTH_POPULATION', 'youthPopulation'),
  municipality_name_not_blank: check('INVALID_NAME', 'name'),
  // provider
  provider_agb_code_key: unique('AGB_CODE_TAKEN', 'agbCode'),
  provider_agb_code_format: check('INVALID_AGB_CODE', 'agbCode'),
  provider_kvk_number_format: check('INVALID_KVK_NUMBER', 'kvkNumber'),
  provider_name_not_blank: check('INVALID_NAME', 'name'),
  provider_open_house_admission_date_required: check('OPEN_HOUSE_ADMISSION_DATE_REQUIRED', 'openHouseAdmissionDate'),
  // segment
  segment_region_number_key: unique('SEGMENT_NUMBER_TAKEN', 'number'),
  segment_id_region_id_key: unique('DUPLICATE', 'id'),
  segment_region_id_fkey: fk('REGION_NOT_FOUND', 'regionId'),
  segment_number_positive: check('INVALID_SEGMENT_NUMBER', 'number'),
  segment_name_not_blank: check('INVALID_NAME', 'name'),
  segment_access_routes_valid: check('INVALID_ACCESS_ROUTE', 'accessRoutes'),
  // contract
  contract_region_reference_key: unique('CONTRACT_REFERENCE_TAKEN', 'reference'),
  contract_provider_id_fkey: fk('PROVIDER_NOT_FOUND', 'providerId'),
  contract_region_id_fkey: fk('REGION_NOT_FOUND', 'regionId'),
  contract_municipality_id_fkey: fk('MUNICIPALITY_NOT_FOUND', 'municipalityId'),
  contract_segment_id_fkey: fk('SEGMENT_NOT_FOUND', 'segmentId'),
  contract_segment_in_region_fkey: fk('SEGMENT_NOT_IN_REGION', 'segmentId'),
  contract_municipality_in_region_fkey: fk('MUNICIPALITY_NOT_IN_REGION', 'municipalityId'),
  contract_reference_not_blank: check('INVALID_REFERENCE', 'reference'),
  contract_end_after_start: check('CONTRACT_END_BEFORE_START', 'endDate'),
  contract_latest_end_after_end: check('CONTRACT_LATEST_END_BEFORE_END', 'latestEndDate'),
  contract_renewal_period_required: check('RENEWAL_PERIOD_REQUIRED', 'renewalPeriodMonths'),
  contract_renewal_period_positive: check('INVALID_PERIOD', 'renewalPeriodMonths'),
  contract_notice_period_not_negative: check('INVALID_PERIOD', 'noticePeriodMonths'),
  contract_lumpsum_not_negative: check('INVALID_AMOUNT', 'lumpsumPerYearCents'),
  contract_admission_after_start: check('ADMISSION_BEFORE_START', 'admissionDate'),
  /** Trigger (contract insert/update, and segment switching to taakgericht). */
  contract_lumpsum_required: check('LUMPSUM_REQUIRED', 'lumpsumPerYearCents'),
  // product
  product_region_category_code_key: unique('PRODUCT_CODE_TAKEN', 'code'),
  product_id_region_id_key: unique('DUPLICATE', 'id'),
  product_region_id_fkey: fk('REGION_NOT_FOUND', 'regionId'),
  product_segment_id_fkey: fk('SEGMENT_NOT_FOUND', 'segmentId'),
  product_segment_in_region_fkey: fk('SEGMENT_NOT_IN_REGION', 'segmentId'),
  product_category_fkey: fk('INVALID_PRODUCT_CATEGORY', 'category'),
  product_code_format: check('INVALID_PRODUCT_CODE', 'code'),
  product_name_not_blank: check('INVALID_NAME', 'name'),
  product_unit_valid: check('INVALID_UNIT', 'unit'),
  product_frequency_valid: check('INVALID_FREQUENCY', 'frequency'),
  product_unit_matches_variant: check('UNIT_DOES_NOT_MATCH_VARIANT', 'unit'),
  product_norm_duration_positive: check('INVALID_NORM', 'normDurationDays'),
  product_norm_intensity_positive: check('INVALID_NORM', 'normIntensity'),
  // tariff
  tariff_contract_id_fkey: fk('CONTRACT_NOT_FOUND', 'contractId'),
  tariff_region_id_fkey: fk('REGION_NOT_FOUND', 'regionId'),
  tariff_product_id_fkey: fk('PRODUCT_NOT_FOUND', 'productId'),
  tariff_product_in_region_fkey: fk('PRODUCT_NOT_IN_REGION', 'productId'),
  tariff_previous_tariff_id_fkey: fk('TARIFF_NOT_FOUND', 'previousTariffId'),
  tariff_contract_xor_region: check('TARIFF_OWNER_REQUIRED', 'contractId'),
  tariff_valid_to_after_from: check('TARIFF_END_BEFORE_START', 'validTo'),
  tariff_price_not_negative: check('INVALID_PRICE', 'priceCents'),
  tariff_index_percentage_range: check('INVALID_INDEX_PERCENTAGE', 'indexPercentage'),
  tariff_contract_no_overlap: exclusion('TARIFF_PERIOD_OVERLAP', 'validFrom'),
  tariff_region_no_overlap: exclusion('TARIFF_PERIOD_OVERLAP', 'validFrom'),
  /** Trigger: a contract tariff's product belongs to the contract's region. */
  tariff_product_in_contract_region: check('PRODUCT_NOT_IN_REGION', 'productId'),
  // budget
  budget_municipality_id_fkey: fk('MUNICIPALITY_NOT_FOUND', 'municipalityId'),
  budget_region_id_fkey: fk('REGION_NOT_FOUND', 'regionId'),
  budget_segment_id_fkey: fk('SEGMENT_NOT_FOUND', 'segmentId'),
  budget_segment_in_region_fkey: fk('SEGMENT_NOT_IN_REGION', 'segmentId'),
  budget_owner_xor: check('BUDGET_OWNER_REQUIRED', 'municipalityId'),
  budget_year_range: check('INVALID_YEAR', 'year'),
  budget_amount_not_negative: check('INVALID_AMOUNT', 'amountCents'),
  budget_municipality_segment_year_key: unique('BUDGET_EXISTS', 'year'),
  budget_region_segment_year_key: unique('BUDGET_EXISTS', 'year'),
  /** Trigger: a municipal budget's segment belongs to the municipality's region. */
  budget_segment_in_municipality_region: check('SEGMENT_NOT_IN_REGION', 'segmentId'),
});

export interface MappedConstraintError {
  code: ConstraintErrorCode;
  field: string | null;
  constraint: string;
  sqlstate: string;
  message: string;
}

const MAPPED_SQLSTATES = new Set(['23505', '23514', '23P01', '23503']);

/**
 * Map a PostgreSQL error (node-postgres DatabaseError, possibly wrapped in TypeORM's QueryFailedError,
 * which copies its fields) to a typed error; null when it is not a known constraint violation.
 */
export function constraintError(err: unknown): MappedConstraintError | null {
  if (typeof err !== 'object' || err === null) return null;
  const e = err as { code?: unknown; constraint?: unknown; detail?: unknown; message?: unknown; driverError?: unknown };
  const src = (typeof e.constraint === 'string' ? e : (e.driverError as typeof e | undefined)) ?? e;
  const sqlstate = typeof src.code === 'string' ? src.code : '';
  const constraint = typeof src.constraint === 'string' ? src.constraint : '';
  if (!MAPPED_SQLSTATES.has(sqlstate) || !constraint) return null;
  const message = typeof src.message === 'string' ? src.message : String(src.message);
  if (sqlstate === '23503' && typeof src.detail === 'string' && src.detail.includes('is still referenced')) {
    return { code: 'STILL_REFERENCED', field: null, constraint, sqlstate, message };
  }
  const info = CONSTRAINTS[constraint];
  if (!info) return null;
  return { code: info.code, field: info.field, constraint, sqlstate, message };
}
