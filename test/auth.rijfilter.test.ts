/**
 * The tenant row filter on the plain-SQL read path (api/auth/RijScope.ts): the predicate sits in the WHERE of the
 * statement that reads the rows — root lists, by-id lookups and every nested loader — so a scoped role costs no
 * statement more than beheer, and the per-object visibility check (zichtbaarheid.ts) needs no SQL for rows read that
 * way, while it still checks, in PostgreSQL, any object that did not come through the filter.
 */
import { alleenZichtbaar } from '../api/auth/zichtbaarheid';
import { createContext } from '../api/context';
import { createServer, type RunningServer } from '../api/server';
import { createServices } from '../api/services';
import { useTestDatabase } from './support/db';
import { gqlAls } from './support/rol';
import { seedInkoop, type Inkoop } from './zorg.fixtures';

const db = useTestDatabase();
let server: RunningServer;
let statements = 0;
let A: Inkoop;
let B: Inkoop;
let regioA: string;
/** B's provider with a contract in A's region: visible to region A, not to provider A. */
let kruisContract: string;

beforeAll(async () => {
  A = await seedInkoop(db.pool, '0384', '42420001');
  B = await seedInkoop(db.pool, '0363', '65656055');
  regioA = (await db.pool.query(`SELECT code FROM region WHERE id = $1`, [A.regionId])).rows[0].code;
  kruisContract = (await db.pool.query(`INSERT INTO contract (provider_id, region_id, segment_id, reference, start_date, end_date, status)
    VALUES ($1, $2, $3, 'X-1', '2025-01-01', '2027-12-31', 'active') RETURNING id`, [B.providerId, A.regionId, A.segmentId])).rows[0].id;
  const logger = db.dataSource.logger;
  const original = logger.logQuery.bind(logger);
  logger.logQuery = (q, p, r) => {
    statements++;
    return original(q, p, r);
  };
  server = await createServer({ dataSource: db.dataSource, port: 0, host: '127.0.0.1', logError: () => undefined });
});
afterAll(async () => {
  await server?.stop();
});

async function tel<T>(werk: () => Promise<T>): Promise<{ uit: T; sql: number }> {
  const voor = statements;
  const uit = await werk();
  return { uit, sql: statements - voor };
}

const GENEST = `{ contracts { edges { node { id provider { id contracts { id tariffs { id } } } region { id municipalities { id } }
  segment { id providers { provider { id } contractCount } products { id tariffs { id } } } tariffs(validOn: "2026-04-01") { id } } } } }`;

test('a scoped role reads a nested query in as many statements as beheer: the filter is in the same WHERE', async () => {
  const beheer = await tel(() => gqlAls(server.url, 'beheer', GENEST));
  const regio = await tel(() => gqlAls(server.url, `regio:${regioA}`, GENEST));
  const aanbieder = await tel(() => gqlAls(server.url, `aanbieder:${A.agb}`, GENEST));
  for (const r of [beheer, regio, aanbieder]) expect(r.uit.errors).toBeUndefined();
  expect(regio.sql).toBe(beheer.sql);
  expect(aanbieder.sql).toBe(beheer.sql);
  const ids = (r: typeof beheer) => r.uit.data.contracts.edges.map((e: any) => e.node.id).sort();
  expect(ids(beheer)).toHaveLength(3);
  expect(ids(regio)).toEqual([A.contractId, kruisContract].sort());
  expect(ids(aanbieder)).toEqual([A.contractId]);
  // nested: provider A's own provider lists only its own contract, its segment only itself as provider
  const node = aanbieder.uit.data.contracts.edges[0].node;
  expect(node.provider.contracts.map((c: any) => c.id)).toEqual([A.contractId]);
  expect(node.segment.providers).toEqual([{ provider: { id: A.providerId }, contractCount: 1 }]);
});

test('by-id lookups and loaders return nothing outside the tenant', async () => {
  const r = await gqlAls(server.url, `aanbieder:${A.agb}`, `query($b: ID!, $r: ID!, $k: ID!) {
    other: contract(id: $b) { id } kruis: contract(id: $k) { id } region(id: $r) { contracts { id } segments { id } } }`,
  { b: B.contractId, r: A.regionId, k: kruisContract });
  expect(r.errors).toBeUndefined();
  expect(r.data).toEqual({ other: null, kruis: null, region: { contracts: [{ id: A.contractId }], segments: [{ id: A.segmentId }] } });
  const regio = await gqlAls(server.url, `regio:${regioA}`, `query($p: ID!) { provider(id: $p) { contracts { id } } }`, { p: B.providerId });
  expect(regio.data).toEqual({ provider: { contracts: [{ id: kruisContract }] } });
});

test('the visibility check: free for rows read through the filter, one statement for objects that were not', async () => {
  const ctx = createContext(db.dataSource, createServices(db.dataSource), { auth: { rol: { soort: 'regio', regio: regioA } } });
  const gelezen = await ctx.loaders.contract.load(A.contractId);
  expect(gelezen).not.toBeNull();
  expect(await tel(async () => alleenZichtbaar(ctx, 'Contract', gelezen, false))).toEqual({ uit: gelezen, sql: 0 });
  // hand-built objects (as a mutation returns them) are checked in PostgreSQL, a batch in one statement
  const eigen = { id: A.contractId };
  const vreemd = { id: B.contractId };
  expect(await tel(async () => alleenZichtbaar(ctx, 'Contract', [eigen, vreemd], false))).toEqual({ uit: [eigen], sql: 1 });
  expect(await alleenZichtbaar(ctx, 'Contract', { id: B.contractId }, false)).toBeNull();
  // a row read for another table proves nothing about this one
  const regio = await ctx.loaders.region.load(A.regionId);
  expect(await tel(async () => alleenZichtbaar(ctx, 'Contract', regio, false))).toEqual({ uit: null, sql: 1 });
});
