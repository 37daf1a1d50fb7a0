/**
 * Query.toewijzingen (api/resolvers/ToewijzingResolver.ts, api/services/toewijzingLijst.sql.ts) over a small national
 * set (laadInkoop schaal 0.01, laadZorg schaal 0.002 without declarations): the page walks toewijzing_pkey in order
 * (EXPLAIN: no sort, no other index, also with its relations joined), a page with client, product, provider and contract is one statement (plus totalCount and the audit
 * row) for 10 rows as for 100, keyset pages in both directions join up, a region reads
 * pseudonyms only and every client it read is in audit_log, a municipality sees its own BSNs and nothing else.
 */
import { createServer, type RunningServer } from '../api/server';
import { findToewijzingenPage, toewijzingKolommen, type ToewijzingJoins, type ToewijzingLijstFilter } from '../api/services/toewijzingLijst.sql';
import { RijScope } from '../api/auth/RijScope';
import { entityTable } from '../api/loaders/entityRows.sql';
import { Contract, Product, Provider } from '../schema';
import { laadInkoop } from '../integration/nationaal/inkoop';
import { laadZorg } from '../integration/nationaal/zorg';
import { countStatements } from './graphql.harness';
import { useTestDatabase } from './support/db';
import { gqlAls } from './support/rol';

const db = useTestDatabase();
let server: RunningServer;
let statements = 0;
let regio: { code: string; gemeenten: string[]; n: number };

beforeAll(async () => {
  await laadInkoop(db.pool, { schaal: 0.01, seed: 11 });
  await laadZorg(db.pool, { schaal: 0.002, seed: 11, declaraties: false });
  await db.pool.query('ANALYZE');
  const { rows: [r] } = await db.pool.query<{ code: string; gemeenten: string[]; n: number }>(
    `SELECT r.code, array_agg(DISTINCT m.cbs_code ORDER BY m.cbs_code) AS gemeenten, count(*)::int AS n
     FROM toewijzing t JOIN municipality m ON m.cbs_code = t.gemeente_code JOIN region r ON r.id = m.region_id
     GROUP BY r.code ORDER BY count(*) DESC LIMIT 1`);
  regio = r!;
  countStatements(db.dataSource, () => statements++);
  server = await createServer({ dataSource: db.dataSource, port: 0, host: '127.0.0.1' });
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

const PAGINA = `query P($first: Int, $after: String, $last: Int, $before: String, $filter: ToewijzingFilter) {
  toewijzingen(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
    edges { node { id gemeenteCode toewijzingNummer client { pseudoniem bsn } product { code name } provider { agbCode name } contract { reference } } } } }`;

async function pagina(rol: string, vars: Record<string, unknown>) {
  const r = await gqlAls(server.url, rol, PAGINA, vars);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.toewijzingen;
}

async function statementsDuring(work: () => Promise<unknown>): Promise<number> {
  const before = statements;
  await work();
  return statements - before;
}

test('the page walks toewijzing_pkey in (gemeente_code, id) order: no sort, with and without a cursor, relations joined or not', async () => {
  const fields = new Set(['toewijzingNummer', 'client', 'product', 'contract', 'provider']);
  const relatie = (entity: Parameters<typeof entityTable>[1], f: string[]) => ({ table: entityTable(db.dataSource, entity), fields: new Set(f) });
  const joined: ToewijzingJoins = {
    client: { persoonsgegevens: false }, product: relatie(Product, ['code', 'name']), provider: relatie(Provider, ['agbCode', 'name']),
    contract: relatie(Contract, ['reference']),
  };
  const scope = new RijScope({ soort: 'regio', regio: regio.code } as ConstructorParameters<typeof RijScope>[0]);
  const filter: ToewijzingLijstFilter = { gemeenten: regio.gemeenten };
  for (const joins of [{}, joined]) {
    for (const cursor of [null, [regio.gemeenten[0]!, '1'] as [string, string]]) {
      for (const forward of [true, false]) {
        const sql = findToewijzingenPage(filter, toewijzingKolommen(fields, joins), cursor, forward, 100, joins, scope);
        const client = await db.pool.connect();
        try {
          await client.query('BEGIN');
          await client.query('SET LOCAL enable_seqscan = off');
          // On this small set a hash or merge join over all ~150 rows is as cheap as probing; at national scale the
          // planner probes per row (bench:graphql d: EXPLAIN ANALYZE in ToewijzingResolver's commit). With probing
          // forced, the test proves each probe has an index to take.
          await client.query('SET LOCAL enable_hashjoin = off');
          await client.query('SET LOCAL enable_mergejoin = off');
          const { rows } = await client.query(`EXPLAIN (FORMAT JSON) ${sql.text}`, sql.values);
          const alle = (n: Record<string, unknown>): Record<string, unknown>[] => [n, ...((n.Plans as Record<string, unknown>[]) ?? []).flatMap(alle)];
          const nodes = alle((rows[0]['QUERY PLAN'] as { Plan: Record<string, unknown> }[])[0]!.Plan);
          const toewijzing = nodes.filter((n) => n['Relation Name'] === 'toewijzing');
          expect(toewijzing.map((n) => n['Index Name'])).toEqual(['toewijzing_pkey']);
          expect(String(toewijzing[0]!['Index Cond'])).toContain('gemeente_code = ANY');
          // the page (the Limit over the toewijzing scan) is never sorted; with joins, only its ≤ limit + 1 rows are
          const pagina = nodes.find((n) => n['Node Type'] === 'Limit' && alle(n).some((m) => m['Relation Name'] === 'toewijzing'))!;
          expect(alle(pagina).map((n) => n['Node Type'])).not.toContain('Sort');
          expect(nodes.filter((n) => n['Relation Name'] === 'provider').map((n) => n['Index Name'])).toEqual(['provider_agb_code_key']);
          if (joins.client) expect(nodes.filter((n) => n['Relation Name'] === 'client').map((n) => n['Index Name'])).toEqual(['client_pkey']);
          for (const naam of ['product', 'contract'] as const) {
            // by id (its primary key, or the (id, region_id) key that also answers the row filter)
            if (joins[naam as keyof ToewijzingJoins]) expect(nodes.filter((n) => n['Alias'] === `j_${naam}`).map((n) => String(n['Index Cond']))).toEqual([expect.stringContaining(`id = t.${naam}_id`)]);
          }
        } finally {
          await client.query('ROLLBACK');
          client.release();
        }
      }
    }
  }
});

test('one statement for the page and its relations: 10 or 100 allocations with client, product, provider and contract', async () => {
  for (const rol of [`regio:${regio.code}`, `gemeente:${regio.gemeenten[0]}`]) {
    const tien = await statementsDuring(() => pagina(rol, { first: 10 }));
    const honderd = await statementsDuring(() => pagina(rol, { first: 100 }));
    // a region's municipalities (a municipality's role names its own), the page with client, product, provider and
    // contract, totalCount, the audit rows
    const verwacht = rol.startsWith('regio:') ? 4 : 3;
    expect(tien).toBe(verwacht);
    expect(honderd).toBe(verwacht);
  }
  expect(regio.n).toBeGreaterThan(100);
});

test('keyset pages forward and backward join up to the same rows in (gemeenteCode, id) order', async () => {
  const rol = `regio:${regio.code}`;
  const alles = await pagina(rol, { first: 90 });
  const a = await pagina(rol, { first: 30 });
  const b = await pagina(rol, { first: 30, after: a.pageInfo.endCursor });
  const c = await pagina(rol, { first: 30, after: b.pageInfo.endCursor });
  const ids = (p: any) => p.edges.map((e: any) => `${e.node.gemeenteCode}:${e.node.id}`);
  expect([...ids(a), ...ids(b), ...ids(c)]).toEqual(ids(alles));
  const terug = await pagina(rol, { last: 30, before: c.pageInfo.startCursor });
  expect(ids(terug)).toEqual(ids(b));
  expect(a.totalCount).toBe(regio.n);
  const sleutels = alles.edges.map((e: any) => [e.node.gemeenteCode, BigInt(e.node.id)] as const);
  for (let i = 1; i < sleutels.length; i++) {
    const [g0, i0] = sleutels[i - 1]!, [g1, i1] = sleutels[i]!;
    expect(g0 < g1 || (g0 === g1 && i0 < i1)).toBe(true);
  }
  const fout = await gqlAls(server.url, rol, PAGINA, { after: Buffer.from(JSON.stringify(['x; DROP', '1'])).toString('base64url') });
  expect(fout.errors?.[0]?.extensions?.code).toBe('INVALID_CURSOR');
});

test('a region reads pseudonyms only, and every client it read is in audit_log; a municipality its own BSNs', async () => {
  const rol = `regio:${regio.code}`;
  const { rows: [voor] } = await db.pool.query<{ id: string }>(`SELECT COALESCE(max(id), 0)::text AS id FROM audit_log`);
  const p = await pagina(rol, { first: 25 });
  expect(p.edges.length).toBe(25);
  expect(p.edges.every((e: any) => e.node.client.bsn === null && /^[0-9a-f]{64}$/.test(e.node.client.pseudoniem))).toBe(true);
  const { rows } = await db.pool.query<{ pseudoniem: string; velden: string[] }>(
    `SELECT pseudoniem, velden FROM audit_log WHERE rol = $1 AND veld = 'Query.toewijzingen' AND id > $2`, [rol, voor!.id]);
  expect(rows.length).toBe(new Set(p.edges.map((e: any) => `${e.node.gemeenteCode}:${e.node.client.pseudoniem}`)).size); // one row per client
  expect(new Set(rows.map((r) => r.pseudoniem.trim()))).toEqual(new Set(p.edges.map((e: any) => e.node.client.pseudoniem)));
  expect(rows.every((r) => r.velden.includes('pseudoniem') && r.velden.includes('bsn'))).toBe(true);

  const gemeente = regio.gemeenten[0]!;
  const g = await pagina(`gemeente:${gemeente}`, { first: 20 });
  expect(g.edges.length).toBeGreaterThan(0);
  expect(g.edges.every((e: any) => e.node.gemeenteCode === gemeente && /^\d{9}$/.test(e.node.client.bsn))).toBe(true);
  const ander = await gqlAls(server.url, `gemeente:${gemeente}`, PAGINA, { filter: { gemeenteCode: regio.gemeenten[1] } });
  expect(ander.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const beheer = await gqlAls(server.url, 'beheer', PAGINA, { first: 1 });
  expect(beheer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});
