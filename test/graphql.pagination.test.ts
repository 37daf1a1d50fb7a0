import { seedRegion, useGraphQLServer } from './graphql.harness';

const api = useGraphQLServer();
let regionId: string;

beforeAll(async () => {
  const seed = await seedRegion(api.dataSource, { code: 'PAG', agbPrefix: '71', providers: 23, products: 1 });
  regionId = seed.region.id;
});

const PAGE = `query($first: Int, $after: String, $last: Int, $before: String, $filter: ContractFilter) {
  contracts(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { reference } }
  }
}`;

test('walks forward through all pages with first/after; totalCount and cursors are consistent', async () => {
  const seen: string[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const { contracts }: any = await api.ok(PAGE, { first: 5, after, filter: { regionId } });
    expect(contracts.totalCount).toBe(23);
    pages++;
    seen.push(...contracts.edges.map((e: any) => e.node.reference));
    expect(contracts.pageInfo.startCursor).toBe(contracts.edges[0].cursor);
    expect(contracts.pageInfo.endCursor).toBe(contracts.edges.at(-1).cursor);
    expect(contracts.pageInfo.hasPreviousPage).toBe(after !== null);
    if (!contracts.pageInfo.hasNextPage) break;
    after = contracts.pageInfo.endCursor;
  }
  expect(pages).toBe(5);
  const expected = Array.from({ length: 23 }, (_, i) => `PAG-${String(i).padStart(4, '0')}`);
  expect(seen).toEqual(expected); // ordered by reference, no duplicates, nothing skipped
});

test('walks backward with last/before', async () => {
  const seen: string[] = [];
  let before: string | null = null;
  for (;;) {
    const { contracts }: any = await api.ok(PAGE, { last: 10, before, filter: { regionId } });
    seen.unshift(...contracts.edges.map((e: any) => e.node.reference));
    if (!contracts.pageInfo.hasPreviousPage) break;
    before = contracts.pageInfo.startCursor;
  }
  expect(seen).toHaveLength(23);
  expect(seen[0]).toBe('PAG-0000');
  expect(seen[22]).toBe('PAG-0022');
});

test('filters combine with paging; an empty page has null cursors', async () => {
  const { contracts }: any = await api.ok(PAGE, { first: 3, filter: { regionId, status: 'ended' } });
  expect(contracts).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, edges: [] });
});

test('a forged cursor or an oversized page is a typed input error', async () => {
  const bad = await api.gql(PAGE, { first: 5, after: 'not-a-cursor' });
  expect(bad.errors?.[0].extensions).toMatchObject({ code: 'INVALID_CURSOR', field: 'after' });
  const big = await api.gql(PAGE, { first: 501 });
  expect(big.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
});

test('providers page by AGB code', async () => {
  const { providers }: any = await api.ok(`{ providers(first: 2) { totalCount edges { node { agbCode } } pageInfo { hasNextPage } } }`);
  expect(providers.totalCount).toBe(23);
  expect(providers.edges.map((e: any) => e.node.agbCode)).toEqual(['71000000', '71000001']);
  expect(providers.pageInfo.hasNextPage).toBe(true);
});
