/**
 * GraphQL hardening over real HTTP: hostile operations (deep, wide, aliased, huge pages, a 10 MB body, a batch) are
 * refused with their code before they execute — not one SQL statement runs; CSRF prevention stays on; introspection
 * is configurable; allow-listed operations (by text or by hash); internal errors leave without internals.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { grenzenUitEnv } from '../api/plugins/grenzen';
import { createServer, type RunningServer } from '../api/server';
import { countStatements, seedRegion, ZHZ_CBS } from './graphql.harness';
import { useTestDatabase } from './support/db';
import { gqlAls, gqlMet, rolHeaders } from './support/rol';

const db = useTestDatabase();
let server: RunningServer;
let streng: RunningServer; // introspection off, an allow-list
let statements = 0;
const logged: unknown[] = [];

const LIJST_QUERY = 'query Regios { regions(first: 10) { edges { node { code name } } } }';
const sha = (t: string) => createHash('sha256').update(t).digest('hex');

beforeAll(async () => {
  await seedRegion(db.dataSource, { code: 'ZHZ', agbPrefix: '11', providers: 3, products: 3, cbs: ZHZ_CBS.slice(0, 3) });
  countStatements(db.dataSource, () => statements++);
  server = await createServer({ dataSource: db.dataSource, port: 0, host: '127.0.0.1', logError: (e) => logged.push(e) });
  const map = mkdtempSync(join(tmpdir(), 'jr-allowlist-'));
  writeFileSync(join(map, 'allowlist.json'), JSON.stringify({ [sha(LIJST_QUERY)]: LIJST_QUERY }));
  streng = await createServer({ dataSource: db.dataSource, port: 0, host: '127.0.0.1', logError: (e) => logged.push(e),
    grenzen: { introspectie: false, allowlistPad: join(map, 'allowlist.json') } });
});
afterAll(async () => {
  await server?.stop();
  await streng?.stop();
});

/** `work`'s result and the SQL statements it caused. */
async function metSql<T>(work: () => Promise<T>): Promise<[T, number]> {
  const voor = statements;
  const r = await work();
  return [r, statements - voor];
}
const codes = (r: { errors?: { extensions?: { code?: string } }[] }) => (r.errors ?? []).map((e) => e.extensions?.code);

describe('hostile operations are refused before they execute', () => {
  test('deep: 12 levels of region ↔ municipalities → DEPTH_LIMIT_EXCEEDED, 400', async () => {
    let sel = 'code';
    for (let i = 0; i < 6; i++) sel = `municipalities { region { ${sel} } }`;
    const [r, sql] = await metSql(() => gqlAls(server.url, 'beheer', `{ regions { edges { node { ${sel} } } } }`));
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['DEPTH_LIMIT_EXCEEDED']);
    expect(sql).toBe(0);
  });

  test('wide: 200 aliases of a full page → COMPLEXITY_LIMIT_EXCEEDED, with the cost in the error', async () => {
    const aliassen = Array.from({ length: 200 }, (_, i) => `a${i}: contracts(first: 500) { edges { node { id reference } } }`).join(' ');
    const [r, sql] = await metSql(() => gqlAls(server.url, 'beheer', `query Breed { ${aliassen} }`));
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['COMPLEXITY_LIMIT_EXCEEDED']);
    expect(r.errors![0]!.extensions).toMatchObject({ limiet: 50_000 });
    expect(r.errors![0]!.extensions!.kosten).toBeGreaterThan(200 * 500);
    expect(sql).toBe(0);
  });

  test('many aliases: 20000 × __typename (under the body limit) stops in the parser → GRAPHQL_PARSE_FAILED, never validated', async () => {
    const aliassen = Array.from({ length: 20_000 }, (_, i) => `a${i}: __typename`).join(' ');
    const [r, sql] = await metSql(() => gqlAls(server.url, 'beheer', `{ ${aliassen} }`));
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(r.errors![0]!.message).toMatch(/10000 tokens/);
    expect(sql).toBe(0);
  });

  test('a fragment spread many times over counts each spread, and a fragment bomb stays cheap to measure', async () => {
    const spreads = Array.from({ length: 60 }, (_, i) => `r${i}: regions(first: 100) { ...R }`).join(' ');
    const [r, sql] = await metSql(() => gqlAls(server.url, 'beheer', `query Frag { ${spreads} } fragment R on RegionConnection { edges { node { code name municipalities { cbsCode } } } }`));
    expect(codes(r)).toEqual(['COMPLEXITY_LIMIT_EXCEEDED']);
    expect(sql).toBe(0);
    // F0 spreads F1 twice, F1 spreads F2 twice ... : 2^20 paths, but each fragment is measured once.
    const frags = Array.from({ length: 20 }, (_, i) => `fragment F${i} on Region { code ${i < 19 ? `...F${i + 1} ...F${i + 1}` : ''} }`).join(' ');
    const voor = Date.now();
    const [b] = await metSql(() => gqlAls(server.url, 'beheer', `query Bom { regions(first: 1) { edges { node { ...F0 } } } } ${frags}`));
    expect(codes(b)).toEqual(['COMPLEXITY_LIMIT_EXCEEDED']);
    expect(Date.now() - voor).toBeLessThan(5_000); // a sanity bound, not a speed goal: exponential counting would not finish
  });

  test('huge first/last, literal or variable → BAD_USER_INPUT on the argument, before any SQL', async () => {
    const [r, sql] = await metSql(() => gqlAls(server.url, 'beheer', `{ contracts(first: 100000) { totalCount } }`));
    expect(r.status).toBe(400);
    expect(r.errors!.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'first']]);
    const [v, sql2] = await metSql(() => gqlAls(server.url, 'beheer', `query($n: Int) { regions { edges { node { code } } } contracts(last: $n) { totalCount } }`, { n: 501 }));
    expect(v.errors!.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'last']]);
    expect(sql + sql2).toBe(0);
    // 500 itself is a page
    expect((await gqlAls(server.url, 'beheer', `{ contracts(first: 500) { totalCount } }`)).errors).toBeUndefined();
  });

  test('a 10 MB body → 413 before it is read, with and without Content-Length', async () => {
    const groot = JSON.stringify({ query: `{ regions { totalCount } }`, variables: { x: 'x'.repeat(10 * 1024 * 1024) } });
    const [r, sql] = await metSql(() => fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...rolHeaders('beheer') }, body: groot }));
    expect(r.status).toBe(413);
    // chunked (no Content-Length): cut off once past the limit
    const stroom = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < 10; i++) c.enqueue(new TextEncoder().encode(i === 0 ? `{"query":"{ regions { totalCount } }","x":"` : 'x'.repeat(1024 * 1024)));
        c.close();
      },
    });
    const [s, sql2] = await metSql(() => fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...rolHeaders('beheer') },
      body: stroom, duplex: 'half' } as RequestInit));
    expect(s.status).toBe(413);
    expect(sql + sql2).toBe(0);
  });

  test('a batch (JSON array of operations) → 400', async () => {
    const [r, sql] = await metSql(() => fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...rolHeaders('beheer') },
      body: JSON.stringify([{ query: '{ regions { totalCount } }' }, { query: '{ contracts { totalCount } }' }]) }));
    expect(r.status).toBe(400);
    expect(sql).toBe(0);
  });
});

describe('CSRF prevention, introspection, errors', () => {
  test('CSRF: a GET without a preflight header and a text/plain POST are refused; a GET with one runs', async () => {
    const q = encodeURIComponent('{ regions { totalCount } }');
    const [get, sql] = await metSql(() => fetch(`${server.url}?query=${q}`, { headers: rolHeaders('beheer') }));
    expect(get.status).toBe(400);
    const [post, sql2] = await metSql(() => fetch(server.url, { method: 'POST', headers: { 'content-type': 'text/plain', ...rolHeaders('beheer') }, body: '{ regions { totalCount } }' }));
    expect(post.status).toBe(400);
    expect(sql + sql2).toBe(0);
    const ok = await fetch(`${server.url}?query=${q}`, { headers: { 'apollo-require-preflight': '1', ...rolHeaders('beheer') } });
    expect(((await ok.json()) as any).data.regions.totalCount).toBe(1);
  });

  test('introspection: on by default outside production, off when configured (and by default in production)', async () => {
    const intro = '{ __schema { queryType { name } } }';
    expect((await gqlAls(server.url, null, intro)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const uit = await gqlMet(streng.url, rolHeaders('beheer'), intro);
    expect(uit.status).toBe(403); // not on the allow-list either
    const env = { ...process.env };
    try {
      process.env.NODE_ENV = 'production';
      delete process.env.JEUGDREGIE_GRAPHQL_INTROSPECTION;
      expect(grenzenUitEnv().introspectie).toBe(false);
      process.env.JEUGDREGIE_GRAPHQL_INTROSPECTION = '1';
      expect(grenzenUitEnv().introspectie).toBe(true);
      process.env.JEUGDREGIE_GRAPHQL_MAX_PAGE_SIZE = '501';
      expect(() => grenzenUitEnv()).toThrow(/JEUGDREGIE_GRAPHQL_MAX_PAGE_SIZE/);
    } finally {
      process.env = env;
    }
  });

  test('an introspection-free server refuses __schema even when allow-listed text asks for it', async () => {
    const map = mkdtempSync(join(tmpdir(), 'jr-allowlist-'));
    const intro = '{ __schema { queryType { name } } }';
    writeFileSync(join(map, 'a.json'), JSON.stringify({ [sha(intro)]: intro }));
    const s = await createServer({ dataSource: db.dataSource, port: 0, host: '127.0.0.1', grenzen: { introspectie: false, allowlistPad: join(map, 'a.json') } });
    try {
      const r = await gqlAls(s.url, 'beheer', intro);
      expect(r.status).toBe(400);
      expect(codes(r)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    } finally {
      await s.stop();
    }
  });

  test('an internal failure leaves as INTERNAL_SERVER_ERROR with a fixed message: no SQL, table or stack in the response', async () => {
    await db.pool.query('ALTER TABLE region RENAME TO region_weg');
    try {
      const r = await gqlAls(server.url, 'beheer', '{ regions { totalCount edges { node { code } } } }');
      expect(codes(r)).toContain('INTERNAL_SERVER_ERROR');
      const tekst = JSON.stringify(r);
      expect(tekst).not.toMatch(/region_weg|relation|SELECT|stack|at .*\.ts/i);
      expect(r.errors![0]!.message).toBe('Unexpected error.');
      expect(logged.length).toBeGreaterThan(0); // the original went to the log
    } finally {
      await db.pool.query('ALTER TABLE region_weg RENAME TO region');
      logged.length = 0;
    }
  });
});

describe('allow-listed operations (JEUGDREGIE_GRAPHQL_ALLOWLIST)', () => {
  const post = (body: unknown) => fetch(streng.url, { method: 'POST', headers: { 'content-type': 'application/json', ...rolHeaders('beheer') }, body: JSON.stringify(body) });

  test('a listed operation runs by its exact text or by its hash (Apollo persisted-query shape)', async () => {
    const tekst = (await (await post({ query: LIJST_QUERY })).json()) as any;
    expect(tekst.data.regions.edges).toEqual([{ node: { code: 'ZHZ', name: 'Regio ZHZ' } }]);
    const hash = (await (await post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha(LIJST_QUERY) } } })).json()) as any;
    expect(hash.data).toEqual(tekst.data);
    const q = new URLSearchParams({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha(LIJST_QUERY) } }) });
    const get = (await (await fetch(`${streng.url}?${q}`, { headers: { 'apollo-require-preflight': '1', ...rolHeaders('beheer') } })).json()) as any;
    expect(get.data).toEqual(tekst.data);
  });

  test('anything else → 403 OPERATION_NOT_ALLOWED before parsing: other text, a changed whitespace, an unknown hash, a batch', async () => {
    for (const body of [{ query: '{ contracts { totalCount } }' }, { query: `${LIJST_QUERY} ` },
      { extensions: { persistedQuery: { version: 1, sha256Hash: sha('{ contracts { totalCount } }') } } }, [{ query: LIJST_QUERY }]]) {
      const [r, sql] = await metSql(() => post(body));
      expect(r.status).toBe(403);
      expect(((await r.json()) as any).errors[0].extensions.code).toBe('OPERATION_NOT_ALLOWED');
      expect(sql).toBe(0);
    }
  });
});
