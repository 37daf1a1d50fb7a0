/**
 * GraphQL over declarations: the list with totals and status (cursor pagination), rejected prestaties
 * grouped by code / provider / product / month, and budget use per municipality × segment — each refusal
 * of a rule shows up with its code.
 */
import { createServer, type RunningServer } from '../api/server';
import { useTestDatabase } from './support/db';
import { gqlAls } from './support/rol';
import { maakRegio, maakToewijzing, GEMEENTE, type Regio } from './declaraties.fixture';
import { declaratie, prestatie, verwerk } from './declaraties.harness';

const db = useTestDatabase();
let server: RunningServer;
let regio: Regio;
const bsn = '999900006';

async function gql(rol: string | null, query: string, variables?: Record<string, unknown>): Promise<any> {
  return gqlAls(server.url, rol, query, variables);
}

beforeAll(async () => {
  server = await createServer({ dataSource: db.dataSource, port: 0, host: '127.0.0.1', logError: () => undefined });
  regio = await maakRegio(db.pool);
  for (let i = 0; i < 3; i++) {
    const t = 7000 + i;
    await maakToewijzing(db.pool, { nummer: t, bsn, contractId: regio.contractId });
    // one approved and one rejected (wrong tariff, or a date outside the month) per declaration
    await verwerk(db.pool, declaratie([{ bsn, prestaties: [prestatie(t, { begin: '2026-02-01', eind: '2026-02-28' }), prestatie(t, i === 1 ? { begin: '2026-03-02' } : { tarief: 8700 })] }]));
  }
});
afterAll(async () => {
  await server?.stop();
});

test('declaraties: totals and status, newest first, cursor pagination', async () => {
  const q = `query($first: Int, $after: String) { declaraties(first: $first, after: $after) {
    totalCount edges { cursor node { declaratieNummer status ingediendCents toegekendCents afgewezenCents aantalPrestaties aantalAfgewezen retourcodes } }
    pageInfo { hasNextPage endCursor } } }`;
  const p1 = await gql(`gemeente:${GEMEENTE}`, q, { first: 2 });
  expect(p1.errors).toBeUndefined();
  expect(p1.data.declaraties.totalCount).toBe(3);
  expect(p1.data.declaraties.edges).toHaveLength(2);
  expect(p1.data.declaraties.pageInfo.hasNextPage).toBe(true);
  const p2 = await gql(`gemeente:${GEMEENTE}`, q, { first: 2, after: p1.data.declaraties.pageInfo.endCursor });
  expect(p2.data.declaraties.edges).toHaveLength(1);
  expect(p2.data.declaraties.pageInfo.hasNextPage).toBe(false);
  for (const e of [...p1.data.declaraties.edges, ...p2.data.declaraties.edges]) {
    expect(e.node).toMatchObject({ status: 'deels_toegekend', aantalPrestaties: 2, aantalAfgewezen: 1, retourcodes: ['0200'] });
    expect(e.node.toegekendCents + e.node.afgewezenCents).toBe(e.node.ingediendCents);
  }
  // another municipality sees nothing
  const ander = await gql('gemeente:0482', q, { first: 2 });
  expect(ander.data.declaraties.totalCount).toBe(0);
});

test('afgewezenPrestaties: grouped by return code, provider, product and month', async () => {
  const r = await gql(`gemeente:${GEMEENTE}`, `{ afgewezenPrestaties { retourcode aanbiederAgb productCode maand aantal bedragCents } }`);
  expect(r.errors).toBeUndefined();
  expect(r.data.afgewezenPrestaties).toEqual([
    { retourcode: '0611', aanbiederAgb: '12345678', productCode: '45A01', maand: '2026-03', aantal: 2, bedragCents: 2 * 8 * 8700 },
    { retourcode: '9387', aanbiederAgb: '12345678', productCode: '45A01', maand: '2026-03', aantal: 1, bedragCents: 72000 },
  ]);
});

test('budgetGebruik: booked amounts per municipality × segment against the budget', async () => {
  const r = await gql(`gemeente:${GEMEENTE}`, `{ budgetGebruik(jaar: 2026) { gemeenteCode segmentNaam budgetCents prestaties ingediendCents toegekendCents afgewezenCents restantCents } }`);
  expect(r.errors).toBeUndefined();
  expect(r.data.budgetGebruik).toEqual([
    {
      gemeenteCode: GEMEENTE, segmentNaam: 'Ambulant', budgetCents: 100000000, prestaties: 6,
      ingediendCents: 3 * 72000 + 2 * 69600 + 72000, toegekendCents: 3 * 72000, afgewezenCents: 2 * 69600 + 72000, restantCents: 100000000 - 3 * 72000,
    },
  ]);
  const zonder = await gql(null, `{ budgetGebruik(jaar: 2026) { gemeenteCode } }`);
  expect(zonder.errors?.[0]?.extensions?.code).toBeDefined();
});
