import { seedRegion, useGraphQLServer, type Seed } from './graphql.harness';

const api = useGraphQLServer();
let seed: Seed;

beforeAll(async () => {
  seed = await seedRegion(api.dataSource, { code: 'MUT', agbPrefix: '51', providers: 2, products: 2, cbs: ['0590'] });
});

const count = async (table: string) => Number((await api.db.pool.query(`SELECT count(*) FROM ${table}`)).rows[0].count);

describe('typed errors with code and field', () => {
  test.each([
    ['AGB code of 7 digits', `mutation { createProvider(input: { agbCode: "1234567", name: "X" }) { id } }`, 'INVALID_AGB_CODE', 'input.agbCode'],
    ['KvK number with letters', `mutation { createProvider(input: { agbCode: "12345678", kvkNumber: "1234567A", name: "X" }) { id } }`, 'INVALID_KVK_NUMBER', 'input.kvkNumber'],
  ])('%s', async (_, query, code, field) => {
    const res = await api.gql(query);
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({ code, field });
  });

  test('a CBS code that is 4 digits but not in the CBS list is refused by the database FK, typed', async () => {
    const res = await api.gql(`mutation($r: ID!) { createMunicipality(input: { cbsCode: "9999", name: "Nergens", youthPopulation: 1, regionId: $r }) { id } }`, { r: seed.region.id });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'INVALID_CBS_CODE', field: 'input.cbsCode' });
    const badFormat = await api.gql(`mutation($r: ID!) { createMunicipality(input: { cbsCode: "505", name: "X", youthPopulation: 1, regionId: $r }) { id } }`, { r: seed.region.id });
    expect(badFormat.errors?.[0].extensions).toMatchObject({ code: 'INVALID_CBS_CODE', field: 'input.cbsCode' });
  });

  test('a duplicate AGB code comes back as AGB_CODE_TAKEN from the unique constraint', async () => {
    const res = await api.gql(`mutation($agb: String!) { createProvider(input: { agbCode: $agb, name: "Dubbel" }) { id } }`, { agb: seed.providers[0].agbCode });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'AGB_CODE_TAKEN', field: 'input.agbCode' });
  });

  test('contract end before start, checked on the merged row on update', async () => {
    const res = await api.gql(`mutation($id: ID!) { updateContract(id: $id, input: { endDate: "2024-06-30" }) { id } }`, { id: seed.contracts[0].id });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONTRACT_END_BEFORE_START', field: 'input.endDate' });
    const { contract } = await api.ok(`query($id: ID!) { contract(id: $id) { endDate } }`, { id: seed.contracts[0].id });
    expect(contract.endDate).toBe('2026-12-31');
  });

  test('a product code of 4 characters', async () => {
    const res = await api.gql(`mutation($r: ID!, $s: ID!) { createProduct(input: { regionId: $r, segmentId: $s, category: "45", code: "45A4", name: "X", unit: "04", frequency: "2", allocationVariant: inspanningsgericht }) { id } }`, { r: seed.region.id, s: seed.segment.id });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'INVALID_PRODUCT_CODE', field: 'input.code' });
  });

  test('an overlapping tariff period is TARIFF_PERIOD_OVERLAP (exclusion constraint) and nothing is written', async () => {
    const before = await count('tariff');
    const res = await api.gql(
      `mutation($c: ID!, $p: ID!) { createTariff(input: { contractId: $c, productId: $p, priceCents: 999, validFrom: "2025-06-01", validTo: "2025-12-31" }) { id } }`,
      { c: seed.contracts[0].id, p: seed.products[0].id },
    );
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'TARIFF_PERIOD_OVERLAP', field: 'input.validFrom' });
    expect(await count('tariff')).toBe(before);
  });

  test('a tariff with both or neither owner', async () => {
    const res = await api.gql(`mutation($p: ID!) { createTariff(input: { productId: $p, priceCents: 1, validFrom: "2025-01-01" }) { id } }`, { p: seed.products[0].id });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'TARIFF_OWNER_REQUIRED', field: 'input.contractId' });
  });

  test('update of a missing row is NOT_FOUND; a malformed date never reaches a resolver', async () => {
    const res = await api.gql(`mutation { updateRegion(id: "00000000-0000-0000-0000-000000000000", input: { name: "X" }) { id } }`);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const literal = await api.gql(`query($c: ID!, $p: ID!) { tariff(contractId: $c, productId: $p, on: "2025-02-30") { id } }`, { c: seed.contracts[0].id, p: seed.products[0].id });
    expect(literal.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const variable = await api.gql(`query($c: ID!, $p: ID!, $on: LocalDate!) { tariff(contractId: $c, productId: $p, on: $on) { id } }`, { c: seed.contracts[0].id, p: seed.products[0].id, on: '2025-02-30' });
    expect(variable.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('unknown errors are masked as INTERNAL_SERVER_ERROR and logged', async () => {
    // an error no code stands for, e.g. the database going away mid-request
    const spy = jest.spyOn(api.dataSource, 'transaction').mockRejectedValueOnce(new Error('secret detail: connection to 10.0.0.1 refused'));
    const res = await api.gql(`mutation { createRegion(input: { code: "MASK", name: "Masked" }) { id } }`);
    spy.mockRestore();
    expect(res.errors?.[0]).toMatchObject({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(res)).not.toContain('10.0.0.1');
    expect(api.logged.some((e) => String(e).includes('secret detail'))).toBe(true);
  });

  test('depth limit rejects absurdly nested queries at validation', async () => {
    const deep = `{ regions { edges { node { contracts { provider { contracts { segment { region { contracts { provider { agbCode } } } } } } } } } } }`;
    const res = await api.gql(deep);
    expect(res.errors?.[0].message).toMatch(/levels deep; the limit is 10/);
  });
});

describe('create and update every entity', () => {
  test('region → municipality → provider → segment → contract → product → tariff → budget, then updates', async () => {
    const { createRegion: r } = await api.ok(`mutation { createRegion(input: { code: "NEW", name: "Nieuwe regio" }) { id } }`);
    const { createMunicipality: m } = await api.ok(`mutation($r: ID!) { createMunicipality(input: { cbsCode: "0610", name: "Sliedrecht", youthPopulation: 5000, regionId: $r }) { id region { code } } }`, { r: r.id });
    expect(m.region.code).toBe('NEW');
    const { createProvider: p } = await api.ok(`mutation { createProvider(input: { agbCode: "98765432", kvkNumber: "12345678", name: "Zorg BV", openHouseStatus: admitted, openHouseAdmissionDate: "2025-02-01" }) { id openHouseStatus openHouseAdmissionDate } }`);
    expect(p).toMatchObject({ openHouseStatus: 'admitted', openHouseAdmissionDate: '2025-02-01' });
    const { createSegment: s } = await api.ok(`mutation($r: ID!) { createSegment(input: { regionId: $r, number: 7, name: "Verblijf", procurementMethod: aanbesteding_sas, fundingModel: taakgericht, accessRoutes: [gecertificeerde_instelling, rechter] }) { id accessRoutes } }`, { r: r.id });
    expect(s.accessRoutes).toEqual(['gecertificeerde_instelling', 'rechter']);
    const { createContract: c } = await api.ok(
      `mutation($i: CreateContractInput!) { createContract(input: $i) { id lumpsumPerYearCents tacitRenewal provider { agbCode } segment { number } } }`,
      { i: { providerId: p.id, regionId: r.id, segmentId: s.id, reference: 'NEW-1', startDate: '2025-01-01', endDate: '2028-12-31', lumpsumPerYearCents: 2_500_000_000, status: 'active' } },
    );
    expect(c).toMatchObject({ lumpsumPerYearCents: 2_500_000_000, tacitRenewal: false, provider: { agbCode: '98765432' }, segment: { number: 7 } });
    const { createProduct: pr } = await api.ok(`mutation($r: ID!, $s: ID!) { createProduct(input: { regionId: $r, segmentId: $s, category: "45", code: "45A99", name: "Verblijf", unit: "14", frequency: "1", allocationVariant: inspanningsgericht, normDurationDays: 180, normIntensity: 1.5 }) { id normIntensity } }`, { r: r.id, s: s.id });
    expect(pr.normIntensity).toBe(1.5);
    const { createTariff: t } = await api.ok(`mutation($c: ID!, $p: ID!) { createTariff(input: { contractId: $c, productId: $p, priceCents: 25050, validFrom: "2025-01-01", validTo: "2025-12-31" }) { id priceCents validTo contract { reference } } }`, { c: c.id, p: pr.id });
    expect(t).toMatchObject({ priceCents: 25050, validTo: '2025-12-31', contract: { reference: 'NEW-1' } });
    const { createBudget: b } = await api.ok(`mutation($m: ID!, $s: ID!) { createBudget(input: { municipalityId: $m, segmentId: $s, year: 2026, amountCents: 3000000000 }) { id amountCents municipality { name } } }`, { m: m.id, s: s.id });
    expect(b).toMatchObject({ amountCents: 3_000_000_000, municipality: { name: 'Sliedrecht' } });

    const updates = await api.ok(
      `mutation($r: ID!, $m: ID!, $p: ID!, $s: ID!, $c: ID!, $pr: ID!, $t: ID!, $b: ID!) {
        updateRegion(id: $r, input: { name: "Hernoemd" }) { name code }
        updateMunicipality(id: $m, input: { youthPopulation: 5100 }) { youthPopulation cbsCode }
        updateProvider(id: $p, input: { name: "Zorg BV 2", kvkNumber: null }) { name kvkNumber agbCode }
        updateSegment(id: $s, input: { name: "Verblijf 24/7" }) { name fundingModel }
        updateContract(id: $c, input: { tacitRenewal: true, renewalPeriodMonths: 12, noticePeriodMonths: 3 }) { tacitRenewal renewalPeriodMonths }
        updateProduct(id: $pr, input: { name: "Verblijf (licht)" }) { name code }
        updateTariff(id: $t, input: { priceCents: 25100 }) { priceCents validFrom }
        updateBudget(id: $b, input: { amountCents: 1 }) { amountCents year }
      }`,
      { r: r.id, m: m.id, p: p.id, s: s.id, c: c.id, pr: pr.id, t: t.id, b: b.id },
    );
    expect(updates).toEqual({
      updateRegion: { name: 'Hernoemd', code: 'NEW' },
      updateMunicipality: { youthPopulation: 5100, cbsCode: '0610' },
      updateProvider: { name: 'Zorg BV 2', kvkNumber: null, agbCode: '98765432' },
      updateSegment: { name: 'Verblijf 24/7', fundingModel: 'taakgericht' },
      updateContract: { tacitRenewal: true, renewalPeriodMonths: 12 },
      updateProduct: { name: 'Verblijf (licht)', code: '45A99' },
      updateTariff: { priceCents: 25100, validFrom: '2025-01-01' },
      updateBudget: { amountCents: 1, year: 2026 },
    });
  });
});
