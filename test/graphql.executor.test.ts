/**
 * graphql-jit (api/execution/jitGateway.ts, the default) answers exactly as graphql-js's interpreter does: two servers
 * over the same database, one per executor, get the same operations as the same roles, and their whole responses
 * (HTTP status, data and errors) must be equal. The operations cover what the compiler handles on its own: the
 * benchmark's queries a–d, fragments and inline fragments, aliases, @skip/@include by variable, custom scalars,
 * variable coercion errors, typed resolver errors, a refused root field next to an allowed one (partial data), the
 * row filter and the personal-data rule, __typename, a monitoring report.
 */
import { createServer, type RunningServer } from '../api/server';
import { benchQueries } from '../bench/graphql/queries';
import { laadInkoop } from '../integration/nationaal/inkoop';
import { laadZorg } from '../integration/nationaal/zorg';
import { useTestDatabase } from './support/db';
import { gqlAls, type GqlAntwoord } from './support/rol';

const db = useTestDatabase();
let jit: RunningServer;
let interpreter: RunningServer;
let p: { regionId: string; contractId: string; productId: string; segmentId: string; regioCode: string; gemeente: string; anderRegioCode: string };
const TODAY = '2026-03-15';

beforeAll(async () => {
  await laadInkoop(db.pool, { schaal: 0.01, seed: 5 });
  await laadZorg(db.pool, { schaal: 0.002, seed: 5, declaraties: false });
  await db.pool.query('ANALYZE');
  const { rows: [r] } = await db.pool.query(
    `SELECT c.region_id, r.code, (SELECT m.cbs_code FROM municipality m JOIN toewijzing t ON t.gemeente_code = m.cbs_code WHERE m.region_id = c.region_id LIMIT 1) AS gemeente,
            (SELECT code FROM region WHERE id <> c.region_id ORDER BY code LIMIT 1) AS ander
       FROM contract c JOIN region r ON r.id = c.region_id GROUP BY c.region_id, r.code ORDER BY count(*) DESC, c.region_id LIMIT 1`);
  const { rows: [t] } = await db.pool.query(
    `SELECT t.contract_id, t.product_id, c.segment_id FROM tariff t JOIN contract c ON c.id = t.contract_id WHERE c.region_id = $1 ORDER BY c.reference LIMIT 1`, [r.region_id]);
  p = { regionId: r.region_id, contractId: t.contract_id, productId: t.product_id, segmentId: t.segment_id, regioCode: r.code, gemeente: r.gemeente, anderRegioCode: r.ander };
  // compiled on first use here, so every operation below really runs compiled (the default waits for the second)
  jit = await createServer({ dataSource: db.dataSource, port: 0, host: '127.0.0.1', executor: 'jit', jit: { compileAfter: 1 } });
  interpreter = await createServer({ dataSource: db.dataSource, port: 0, host: '127.0.0.1', executor: 'graphql-js' });
}, 120_000);

afterAll(async () => {
  await jit?.stop();
  await interpreter?.stop();
});

async function beide(rol: string | null, query: string, variables?: Record<string, unknown>): Promise<GqlAntwoord> {
  const [a, b] = await Promise.all([gqlAls(jit.url, rol, query, variables), gqlAls(interpreter.url, rol, query, variables)]);
  expect(a).toEqual(b);
  return a;
}

test('the benchmark queries a–d, as beheer and as the region', async () => {
  const queries = benchQueries({ ...p, today: TODAY, on: TODAY });
  for (const q of queries) {
    for (const rol of q.alsRegio ? [`regio:${p.regioCode}`, `gemeente:${p.gemeente}`] : ['beheer', `regio:${p.regioCode}`, `regio:${p.anderRegioCode}`]) {
      const r = await beide(rol, q.jeugdregie.query, q.jeugdregie.variables);
      expect(r.errors).toBeUndefined();
    }
  }
});

test('fragments, inline fragments, aliases and @skip/@include by variable', async () => {
  const query = `query F($id: ID!, $today: LocalDate!, $metTarieven: Boolean!, $zonderSegment: Boolean!) {
    eerste: contract(id: $id) { ...C segment @skip(if: $zonderSegment) { number } }
    tweede: contract(id: $id) { ... on Contract { reference nu: tariffs(validOn: $today) @include(if: $metTarieven) { priceCents validFrom } alle: tariffs { id } } }
    __typename
  }
  fragment C on Contract { id status startDate endDate provider { ...P } }
  fragment P on Provider { agbCode name __typename }`;
  for (const [metTarieven, zonderSegment] of [[true, false], [false, true]]) {
    const r = await beide('beheer', query, { id: p.contractId, today: TODAY, metTarieven, zonderSegment });
    expect(r.errors).toBeUndefined();
    expect(r.data.eerste.id).toBe(p.contractId);
  }
});

test('variable coercion errors: 400 with BAD_USER_INPUT, nothing executed', async () => {
  const query = `query($c: ID!, $p: ID!, $on: LocalDate!) { tariff(contractId: $c, productId: $p, on: $on) { id } }`;
  for (const variables of [{ c: p.contractId, p: p.productId, on: '2025-02-30' }, { c: p.contractId, p: p.productId }, { c: p.contractId, p: p.productId, on: 17 }]) {
    const r = await beide('beheer', query, variables);
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  }
});

test('typed resolver errors, a refused root field beside an allowed one, the personal-data rule', async () => {
  const cursor = await beide(`regio:${p.regioCode}`, `{ toewijzingen(after: "bm9uc2Vuc2U") { totalCount } }`);
  expect(cursor.errors?.[0]?.extensions?.code).toBe('INVALID_CURSOR');
  const deels = await beide(`regio:${p.regioCode}`, `{ regions { totalCount } auditLog { totalCount } }`);
  expect(deels.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const bsn = `{ toewijzingen(first: 5) { edges { node { gemeenteCode client { pseudoniem bsn geboortedatum } } } } }`;
  const regio = await beide(`regio:${p.regioCode}`, bsn);
  expect(regio.data.toewijzingen.edges.every((e: any) => e.node.client.bsn === null)).toBe(true);
  const gemeente = await beide(`gemeente:${p.gemeente}`, bsn);
  expect(gemeente.data.toewijzingen.edges.every((e: any) => /^\d{9}$/.test(e.node.client.bsn))).toBe(true);
  const anoniem = await beide(null, `{ regions { totalCount } }`);
  expect(anoniem.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});

test('a monitoring report with its CSV', async () => {
  const r = await beide(`regio:${p.regioCode}`, `{ monitoringVerwijzingen(groepeerOp: [VERWIJZER_TYPE]) { csv rijen { verwijzerType } } }`);
  expect(r.errors).toBeUndefined();
});

test('by default an operation is compiled on its second execution, once; the first runs on graphql-js with the same answer', async () => {
  const compilations: (string | null)[] = [];
  const server = await createServer({ dataSource: db.dataSource, port: 0, host: '127.0.0.1', jit: { onCompile: (name) => compilations.push(name) } });
  try {
    const q = `query Eens($id: ID!) { contract(id: $id) { id reference provider { agbCode } } }`;
    const antwoorden = [];
    for (let i = 0; i < 3; i++) {
      antwoorden.push(await gqlAls(server.url, 'beheer', q, { id: p.contractId }));
      expect(compilations).toEqual(i === 0 ? [] : ['Eens']);
    }
    expect(antwoorden[1]).toEqual(antwoorden[0]);
    expect(antwoorden[2]).toEqual(antwoorden[0]);
    expect(antwoorden[0]!.data.contract.id).toBe(p.contractId);
    // ever new operations are never compiled
    for (let i = 0; i < 5; i++) await gqlAls(server.url, 'beheer', `{ c${i}: contract(id: "${p.contractId}") { id } }`);
    expect(compilations).toEqual(['Eens']);
  } finally {
    await server.stop();
  }
});
