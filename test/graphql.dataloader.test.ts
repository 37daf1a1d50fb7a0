import { seedRegion, useGraphQLServer } from './graphql.harness';

const api = useGraphQLServer();
let small: string;
let large: string;

beforeAll(async () => {
  small = (await seedRegion(api.dataSource, { code: 'DLS', agbPrefix: '61', providers: 2, products: 2, cbs: ['0482', '0505'] })).region.id;
  large = (await seedRegion(api.dataSource, { code: 'DLL', agbPrefix: '62', providers: 15, products: 4, cbs: ['0512', '0523', '0531', '1963', '1978'] })).region.id;
});

const NESTED = `query($id: ID!) {
  region(id: $id) {
    code
    municipalities { cbsCode region { code } }
    segments { number products { code segment { number } } }
    contracts {
      reference
      provider { agbCode contracts { reference } }
      segment { name region { code } }
      tariffs { priceCents product { code segment { number } tariffs { priceCents } } }
    }
  }
}`;

test('a nested query costs the same number of SQL statements for 2 or 15 contracts (DataLoader batching)', async () => {
  let smallResult: any;
  let largeResult: any;
  const smallCount = await api.countDuring(async () => {
    smallResult = await api.ok(NESTED, { id: small });
  });
  const largeCount = await api.countDuring(async () => {
    largeResult = await api.ok(NESTED, { id: large });
  });

  // the query really resolved the rows it claims to
  expect(smallResult.region.contracts).toHaveLength(2);
  expect(largeResult.region.contracts).toHaveLength(15);
  expect(largeResult.region.contracts[14].tariffs).toHaveLength(4);
  expect(largeResult.region.contracts[0].tariffs[0].product.tariffs).toHaveLength(16); // 15 contract + 1 harmonised
  expect(largeResult.region.municipalities.map((m: any) => m.region.code)).toEqual(Array(5).fill('DLL'));

  // 1 region + one statement per loader level:
  // municipalities, (their) region, segments, products by segment, (their) segment, contracts by region,
  // providers, contracts by provider, segment of contract, region of segment, tariffs by contract,
  // products of tariffs, segment of product, tariffs by product.
  // Loaders with the same key set share one statement per tick, so the exact figure is measured, not derived:
  expect(largeCount).toBe(smallCount);
  expect(largeCount).toBeLessThanOrEqual(15);
  console.log(`nested query: ${smallCount} statements for 2 contracts, ${largeCount} for 15 contracts (6 vs 64 tariff rows)`);
});

test('loaders are per request: a second identical request issues the statements again', async () => {
  const first = await api.countDuring(() => api.ok(NESTED, { id: small }));
  const second = await api.countDuring(() => api.ok(NESTED, { id: small }));
  expect(second).toBe(first);
  expect(first).toBeGreaterThan(1);
});

test('a page of contracts with provider, segment and the tariffs valid on a date is one statement', async () => {
  const PAGE = `query($id: ID!, $on: LocalDate!, $first: Int) { contracts(filter: { regionId: $id }, first: $first) { edges { node {
    reference provider { agbCode } segment { number } tariffs(validOn: $on) { productId priceCents validFrom validTo } } } } }`;
  const TARIFFS = `query($id: ID!) { contracts(filter: { regionId: $id }, first: 100) { edges { node { id tariffs { productId priceCents validFrom validTo } } } } }`;
  let page: any;
  const statements = await api.countDuring(async () => {
    page = await api.ok(PAGE, { id: large, on: '2026-06-01', first: 100 });
  });
  expect(statements).toBe(1);
  // the tariffs that came in the page are those the loader of Contract.tariffs gives: every period that includes the date
  const all: any = await api.ok(TARIFFS, { id: large });
  const periods = new Map(all.contracts.edges.map((e: any) => [e.node.id, e.node.tariffs]));
  const nodes = page.contracts.edges.map((e: any) => e.node);
  expect(nodes).toHaveLength(15);
  expect(nodes.reduce((n: number, c: any) => n + c.tariffs.length, 0)).toBeGreaterThan(0);
  const ids: any = await api.ok(`query($id: ID!) { contracts(filter: { regionId: $id }, first: 100) { edges { node { id reference } } } }`, { id: large });
  for (const [i, c] of nodes.entries()) {
    const expected = (periods.get(ids.contracts.edges[i].node.id) as any[])
      .filter((t) => t.validFrom <= '2026-06-01' && (t.validTo === null || t.validTo >= '2026-06-01'));
    expect(c.tariffs).toEqual(expected);
  }
});
