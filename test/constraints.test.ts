/**
 * The model's rules are enforced by PostgreSQL itself: each bad write fails with the named constraint
 * that schema/constraints.ts maps to an API error code.
 */
import type { DataSource } from 'typeorm';
import { CONSTRAINTS, constraintError } from '../schema';
import {
  AllocationVariant, Budget, Contract, ContractStatus, FundingModel, Municipality, Product, ProcurementMethod,
  Provider, Region, Segment, Tariff,
} from '../schema';
import { useTestDatabase } from './support/db';

const db = useTestDatabase();

let region: Region;
let other: Region;
let dordrecht: Municipality;
let provider: Provider;
let ambulant: Segment;
let crisis: Segment;
let product: Product;
let contract: Contract;

/** Expect `write` to fail with `constraint`, and that the map turns it into `code`. */
async function rejects(write: Promise<unknown>, constraint: string, code: string): Promise<void> {
  let error: unknown;
  try {
    await write;
  } catch (err) {
    error = err;
  }
  expect(error).toBeDefined();
  const mapped = constraintError(error);
  expect(mapped).toMatchObject({ constraint, code });
}

function repo<T extends object>(ds: DataSource, entity: new () => T) {
  return ds.getRepository(entity);
}

beforeAll(async () => {
  const ds = db.dataSource;
  region = await repo(ds, Region).save({ code: 'ZHZ', name: 'Zuid-Holland Zuid' });
  other = await repo(ds, Region).save({ code: 'RIJN', name: 'Rijnmond' });
  dordrecht = await repo(ds, Municipality).save({ cbsCode: '0505', name: 'Dordrecht', youthPopulation: 27000, regionId: region.id });
  provider = await repo(ds, Provider).save({ agbCode: '98765432', kvkNumber: '12345678', name: 'Jeugdhulp Drechtsteden' });
  ambulant = await repo(ds, Segment).save({
    regionId: region.id, number: 4, name: 'Specialistisch', procurementMethod: ProcurementMethod.aanbesteding_sas,
    fundingModel: FundingModel.inspanningsgericht, accessRoutes: ['jeugdteam', 'huisarts'],
  });
  crisis = await repo(ds, Segment).save({
    regionId: region.id, number: 5, name: 'Crisis', procurementMethod: ProcurementMethod.begrotingssubsidie,
    fundingModel: FundingModel.taakgericht, accessRoutes: ['jeugdteam'],
  });
  product = await repo(ds, Product).save({
    regionId: region.id, segmentId: ambulant.id, category: '45', code: '45A48', name: 'Ambulante jeugdhulp',
    unit: '04', frequency: '2', allocationVariant: AllocationVariant.inspanningsgericht,
  });
  contract = await repo(ds, Contract).save({
    providerId: provider.id, regionId: region.id, segmentId: ambulant.id, reference: 'ZHZ-2025-001',
    startDate: '2025-01-01', endDate: '2028-12-31', status: ContractStatus.active,
  });
});

describe('codes', () => {
  test('a CBS code that is not in the CBS list is refused', async () => {
    await rejects(
      repo(db.dataSource, Municipality).save({ cbsCode: '9999', name: 'Nergenshuizen', youthPopulation: 1, regionId: region.id }),
      'municipality_cbs_code_fkey', 'INVALID_CBS_CODE',
    );
  });

  test('a municipality can be registered once', async () => {
    await rejects(
      repo(db.dataSource, Municipality).save({ cbsCode: '0505', name: 'Dordrecht', youthPopulation: 1, regionId: region.id }),
      'municipality_cbs_code_key', 'MUNICIPALITY_CBS_CODE_TAKEN',
    );
  });

  test.each(['1234567', '1234567a', 'ABCDEFGH'])('AGB code %p is refused', async (agbCode) => {
    await rejects(repo(db.dataSource, Provider).save({ agbCode, name: 'X' }), 'provider_agb_code_format', 'INVALID_AGB_CODE');
  });

  test('KvK number must be 8 digits', async () => {
    await rejects(
      repo(db.dataSource, Provider).save({ agbCode: '11112222', kvkNumber: '1234', name: 'X' }),
      'provider_kvk_number_format', 'INVALID_KVK_NUMBER',
    );
  });

  test('duplicate AGB code', async () => {
    await rejects(repo(db.dataSource, Provider).save({ agbCode: '98765432', name: 'Dup' }), 'provider_agb_code_key', 'AGB_CODE_TAKEN');
  });

  test('product category, code, unit, frequency and variant are checked', async () => {
    const base = {
      regionId: region.id, segmentId: ambulant.id, category: '45', code: '45A01', name: 'P',
      unit: '04' as const, frequency: '2' as const, allocationVariant: AllocationVariant.inspanningsgericht,
    };
    const products = repo(db.dataSource, Product);
    await rejects(products.save({ ...base, category: '99' }), 'product_category_fkey', 'INVALID_PRODUCT_CATEGORY');
    await rejects(products.save({ ...base, code: '45a0!' }), 'product_code_format', 'INVALID_PRODUCT_CODE');
    await rejects(products.save({ ...base, unit: '99' as never }), 'product_unit_valid', 'INVALID_UNIT');
    await rejects(products.save({ ...base, frequency: '3' as never }), 'product_frequency_valid', 'INVALID_FREQUENCY');
    await rejects(products.save({ ...base, unit: '82' }), 'product_unit_matches_variant', 'UNIT_DOES_NOT_MATCH_VARIANT');
    await rejects(products.save({ ...base, code: '45A48' }), 'product_region_category_code_key', 'PRODUCT_CODE_TAKEN');
    const ok = await products.save({ ...base, code: '45A02', unit: '82', frequency: '6', allocationVariant: AllocationVariant.outputgericht });
    expect(ok.id).toBeDefined();
  });

  test('segment access routes come from the list', async () => {
    await rejects(
      repo(db.dataSource, Segment).save({
        regionId: region.id, number: 9, name: 'X', procurementMethod: ProcurementMethod.subsidie,
        fundingModel: FundingModel.taakgericht, accessRoutes: ['jeugdteam', 'buurvrouw'] as never,
      }),
      'segment_access_routes_valid', 'INVALID_ACCESS_ROUTE',
    );
  });
});

describe('contracts', () => {
  const base = () => ({
    providerId: provider.id, regionId: region.id, segmentId: ambulant.id,
    startDate: '2026-01-01', endDate: '2027-12-31',
  });

  test('end before start is refused', async () => {
    await rejects(
      repo(db.dataSource, Contract).save({ ...base(), reference: 'C-1', endDate: '2025-12-31' }),
      'contract_end_after_start', 'CONTRACT_END_BEFORE_START',
    );
  });

  test('latest end before end is refused', async () => {
    await rejects(
      repo(db.dataSource, Contract).save({ ...base(), reference: 'C-2', latestEndDate: '2027-06-30' }),
      'contract_latest_end_after_end', 'CONTRACT_LATEST_END_BEFORE_END',
    );
  });

  test('tacit renewal needs a renewal period', async () => {
    await rejects(
      repo(db.dataSource, Contract).save({ ...base(), reference: 'C-3', tacitRenewal: true }),
      'contract_renewal_period_required', 'RENEWAL_PERIOD_REQUIRED',
    );
  });

  test('a taakgericht segment needs a lumpsum; with one it is accepted', async () => {
    const contracts = repo(db.dataSource, Contract);
    await rejects(contracts.save({ ...base(), reference: 'C-4', segmentId: crisis.id }), 'contract_lumpsum_required', 'LUMPSUM_REQUIRED');
    const ok = await contracts.save({ ...base(), reference: 'C-4', segmentId: crisis.id, lumpsumPerYearCents: 1_250_000_00 });
    expect((await contracts.findOneByOrFail({ id: ok.id })).lumpsumPerYearCents).toBe(1_250_000_00);
    await rejects(contracts.update(ok.id, { lumpsumPerYearCents: null }), 'contract_lumpsum_required', 'LUMPSUM_REQUIRED');
  });

  test('a segment cannot become taakgericht while it has contracts without lumpsum', async () => {
    await rejects(
      repo(db.dataSource, Segment).update(ambulant.id, { fundingModel: FundingModel.taakgericht }),
      'contract_lumpsum_required', 'LUMPSUM_REQUIRED',
    );
  });

  test('the segment and the municipality must belong to the contract region', async () => {
    const foreign = await repo(db.dataSource, Segment).save({
      regionId: other.id, number: 1, name: 'Elders', procurementMethod: ProcurementMethod.open_house,
      fundingModel: FundingModel.inspanningsgericht,
    });
    await rejects(
      repo(db.dataSource, Contract).save({ ...base(), reference: 'C-5', segmentId: foreign.id }),
      'contract_segment_in_region_fkey', 'SEGMENT_NOT_IN_REGION',
    );
    await rejects(
      repo(db.dataSource, Contract).save({ ...base(), reference: 'C-6', regionId: other.id, segmentId: foreign.id, municipalityId: dordrecht.id }),
      'contract_municipality_in_region_fkey', 'MUNICIPALITY_NOT_IN_REGION',
    );
  });

  test('deleting a referenced provider maps to STILL_REFERENCED', async () => {
    await rejects(repo(db.dataSource, Provider).delete(provider.id), 'contract_provider_id_fkey', 'STILL_REFERENCED');
  });
});

describe('tariffs', () => {
  const tariffs = () => repo(db.dataSource, Tariff);

  test('contract tariffs: overlapping periods are refused, adjacent ones allowed', async () => {
    await tariffs().save({ contractId: contract.id, productId: product.id, priceCents: 9500, validFrom: '2025-01-01', validTo: '2025-12-31' });
    // adjacent: the day after valid_to
    await tariffs().save({ contractId: contract.id, productId: product.id, priceCents: 9880, validFrom: '2026-01-01', validTo: null, indexPercentage: 4 });
    await rejects(
      tariffs().save({ contractId: contract.id, productId: product.id, priceCents: 1, validFrom: '2025-12-31', validTo: '2025-12-31' }),
      'tariff_contract_no_overlap', 'TARIFF_PERIOD_OVERLAP',
    );
    // open ended period overlaps everything after its start
    await rejects(
      tariffs().save({ contractId: contract.id, productId: product.id, priceCents: 1, validFrom: '2030-01-01' }),
      'tariff_contract_no_overlap', 'TARIFF_PERIOD_OVERLAP',
    );
  });

  test('harmonised (region) tariffs: overlap refused, adjacent allowed, independent of contract tariffs', async () => {
    await tariffs().save({ regionId: region.id, productId: product.id, priceCents: 9000, validFrom: '2025-01-01', validTo: '2025-12-31' });
    await tariffs().save({ regionId: region.id, productId: product.id, priceCents: 9300, validFrom: '2026-01-01', validTo: '2026-12-31' });
    await rejects(
      tariffs().save({ regionId: region.id, productId: product.id, priceCents: 1, validFrom: '2026-06-01', validTo: '2027-05-31' }),
      'tariff_region_no_overlap', 'TARIFF_PERIOD_OVERLAP',
    );
  });

  test('an overlap made by an update is refused too', async () => {
    const t = await tariffs().save({ regionId: region.id, productId: product.id, priceCents: 9600, validFrom: '2027-01-01', validTo: '2027-12-31' });
    await rejects(tariffs().update(t.id, { validFrom: '2026-12-31' }), 'tariff_region_no_overlap', 'TARIFF_PERIOD_OVERLAP');
  });

  test('exactly one of contract and region', async () => {
    await rejects(
      tariffs().save({ contractId: contract.id, regionId: region.id, productId: product.id, priceCents: 1, validFrom: '2040-01-01' }),
      'tariff_contract_xor_region', 'TARIFF_OWNER_REQUIRED',
    );
    await rejects(tariffs().save({ productId: product.id, priceCents: 1, validFrom: '2040-01-01' }), 'tariff_contract_xor_region', 'TARIFF_OWNER_REQUIRED');
  });

  test('valid_to before valid_from, negative price', async () => {
    await rejects(
      tariffs().save({ regionId: region.id, productId: product.id, priceCents: 1, validFrom: '2041-01-02', validTo: '2041-01-01' }),
      'tariff_valid_to_after_from', 'TARIFF_END_BEFORE_START',
    );
    await rejects(
      tariffs().save({ regionId: region.id, productId: product.id, priceCents: -1, validFrom: '2042-01-01' }),
      'tariff_price_not_negative', 'INVALID_PRICE',
    );
  });

  test("a region tariff for another region's product is refused", async () => {
    await rejects(
      tariffs().save({ regionId: other.id, productId: product.id, priceCents: 1, validFrom: '2025-01-01' }),
      'tariff_product_in_region_fkey', 'PRODUCT_NOT_IN_REGION',
    );
  });
});

describe('budgets', () => {
  test('one budget per municipality × segment × year and per region × segment × year', async () => {
    const budgets = repo(db.dataSource, Budget);
    await budgets.save({ municipalityId: dordrecht.id, segmentId: ambulant.id, year: 2026, amountCents: 5_000_000_00 });
    await rejects(
      budgets.save({ municipalityId: dordrecht.id, segmentId: ambulant.id, year: 2026, amountCents: 1 }),
      'budget_municipality_segment_year_key', 'BUDGET_EXISTS',
    );
    await budgets.save({ regionId: region.id, segmentId: crisis.id, year: 2026, amountCents: 9_000_000_00 });
    await rejects(
      budgets.save({ regionId: region.id, segmentId: crisis.id, year: 2026, amountCents: 1 }),
      'budget_region_segment_year_key', 'BUDGET_EXISTS',
    );
    await rejects(
      budgets.save({ municipalityId: dordrecht.id, regionId: region.id, segmentId: crisis.id, year: 2027, amountCents: 1 }),
      'budget_owner_xor', 'BUDGET_OWNER_REQUIRED',
    );
  });
});

test('every constraint in the database is in schema/constraints.ts', async () => {
  const { rows } = await db.pool.query<{ conname: string }>(`
    SELECT c.conname FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
    WHERE t.relname IN ('region', 'municipality', 'provider', 'segment', 'contract', 'product', 'tariff', 'budget')
      AND c.contype IN ('u', 'c', 'x', 'f')
    UNION
    SELECT indexrelid::regclass::text FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
    WHERE t.relname = 'budget' AND i.indisunique AND NOT i.indisprimary`);
  const missing = rows.map((r) => r.conname).filter((name) => !(name in CONSTRAINTS));
  expect(missing).toEqual([]);
});
