/**
 * The audit log of personal data (api/audit, migration AuditLog) over real HTTP: a read leaves one row per client and
 * root field, a change one row per client in the change's own transaction (no audit, no change), nothing ever holds a
 * BSN, a read that cannot be audited serves no data, and administrators page through it with index-backed filters.
 */
import { findAuditPage } from '../api/audit/auditLog.sql';
import { createServer, type RunningServer } from '../api/server';
import { standaardDeps } from '../integration/flows/standaardDeps';
import { maakBronnen } from '../integration/rules/bronnen';
import type { ZorgOpties } from '../integration/zorg/toewijzingen';
import { useTestDatabase } from './support/db';
import { gqlAls } from './support/rol';
import { seedInkoop } from './zorg.fixtures';

const db = useTestDatabase();
let server: RunningServer;
let regio: string;
const opts: ZorgOpties = { uitgaand: standaardDeps({ bronnen: maakBronnen({ vandaag: '2026-04-02' }) }), nu: () => new Date('2026-04-02T09:00:00Z') };

const ISSUE = `mutation Toewijs($input: IssueToewijzingInput!) { issueToewijzing(input: $input) { toewijzing { id } bericht { id } } }`;
const issueInput = (bsn: string, over: Record<string, unknown> = {}) => ({
  aanbiederAgb: '65656055', client: { bsn, geboortedatum: '2010-02-14', adres: { huisnummer: 12, postcode: '1011 ab', straatnaam: 'Dam' } },
  product: { categorie: '55', code: '55A11' }, ingangsdatum: '2026-04-01', einddatum: '2026-12-31', omvang: { volume: 2, eenheid: '04', frequentie: '2' }, ...over,
});
const rijen = async () => (await db.pool.query(`SELECT rol, subject, soort, operatie, veld, gemeente_code, pseudoniem, velden FROM audit_log ORDER BY id`)).rows;
const count = async (table: string) => (await db.pool.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number;
const pseudoniem = async (bsn: string) => (await db.pool.query(`SELECT pseudoniem FROM client WHERE bsn = $1`, [bsn])).rows[0].pseudoniem as string;
const clientId = async (bsn: string) => (await db.pool.query(`SELECT id::text FROM client WHERE bsn = $1`, [bsn])).rows[0].id as string;

async function ok(rol: string, query: string, variables?: Record<string, unknown>) {
  const r = await gqlAls(server.url, rol, query, variables);
  if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data;
}

beforeAll(async () => {
  const ink = await seedInkoop(db.pool, '0363', '65656055');
  regio = (await db.pool.query(`SELECT code FROM region WHERE id = $1`, [ink.regionId])).rows[0].code;
  server = await createServer({ dataSource: db.dataSource, port: 0, host: '127.0.0.1', zorg: opts, logError: () => undefined });
});
afterAll(async () => {
  await server?.stop();
});
const leeg = () => db.pool.query(`DELETE FROM audit_log`);

describe('changes', () => {
  beforeEach(leeg);
  test('an allocation issued leaves one wijzigen row: role, subject, operation, root field, pseudonym — no BSN anywhere', async () => {
    await ok('gemeente:0363', ISSUE, { input: issueInput('200000007') });
    expect(await rijen()).toEqual([{ rol: 'gemeente:0363', subject: 'test:gemeente:0363', soort: 'wijzigen', operatie: 'Toewijs',
      veld: 'Mutation.issueToewijzing', gemeente_code: '0363', pseudoniem: await pseudoniem('200000007'), velden: [] }]);
    expect(JSON.stringify(await rijen())).not.toContain('200000007');
  });

  test('a refused change leaves no audit row; an audit row that cannot be written takes the change with it', async () => {
    const r = await gqlAls(server.url, 'gemeente:0363', ISSUE, { input: issueInput('200000019', { aanbiederAgb: '11112222' }) });
    expect(r.errors?.[0]?.extensions?.code).toBe('NO_VALID_CONTRACT');
    expect(await count('audit_log')).toBe(0);

    const voor = [await count('toewijzing'), await count('bericht')];
    await db.pool.query(`ALTER TABLE audit_log ADD CONSTRAINT test_geen_wijziging CHECK (soort <> 'wijzigen') NOT VALID`);
    try {
      const f = await gqlAls(server.url, 'gemeente:0363', ISSUE, { input: issueInput('200000020') });
      expect(f.errors?.[0]?.extensions?.code).toBeDefined();
      expect(f.data?.issueToewijzing ?? null).toBeNull();
    } finally {
      await db.pool.query(`ALTER TABLE audit_log DROP CONSTRAINT test_geen_wijziging`);
    }
    expect([await count('toewijzing'), await count('bericht')]).toEqual(voor); // same transaction: nothing of the change stayed
  });
});

describe('reads', () => {
  beforeEach(leeg);
  test("one lezen row per client and root field (aliases resolved to the field), with the fields read", async () => {
    const id = await clientId('200000007');
    await ok(`regio:${regio}`, `query Traject($id: ID!) {
      a: client(gemeenteCode: "0363", id: $id) { pseudoniem bsn }
      b: client(gemeenteCode: "0363", id: $id) { toewijzingen { id } }
      clientsByPseudoniem(pseudoniem: "${await pseudoniem('200000007')}") { id } }`, { id });
    const p = await pseudoniem('200000007');
    expect((await rijen()).sort((x, y) => x.veld.localeCompare(y.veld))).toEqual([
      { rol: `regio:${regio}`, subject: `test:regio:${regio}`, soort: 'lezen', operatie: 'Traject', veld: 'Query.client', gemeente_code: '0363', pseudoniem: p,
        velden: ['bsn', 'pseudoniem', 'toewijzingen'] },
      { rol: `regio:${regio}`, subject: `test:regio:${regio}`, soort: 'lezen', operatie: 'Traject', veld: 'Query.clientsByPseudoniem', gemeente_code: '0363',
        pseudoniem: p, velden: ['id'] },
    ]);
  });

  test('a read that cannot be audited serves no data', async () => {
    const id = await clientId('200000007');
    await db.pool.query(`ALTER TABLE audit_log ADD CONSTRAINT test_geen_lezing CHECK (soort <> 'lezen') NOT VALID`);
    try {
      const r = await gqlAls(server.url, 'gemeente:0363', `query($id: ID!) { client(gemeenteCode: "0363", id: $id) { bsn } }`, { id });
      expect(r.data).toBeUndefined();
      expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(JSON.stringify(r)).not.toContain('200000007');
    } finally {
      await db.pool.query(`ALTER TABLE audit_log DROP CONSTRAINT test_geen_lezing`);
    }
  });

  test('purchasing reads and refused reads leave nothing', async () => {
    await ok('beheer', `{ regions { totalCount } }`);
    await gqlAls(server.url, 'aanbieder:65656055', `{ client(gemeenteCode: "0363", id: "1") { bsn } }`);
    expect(await count('audit_log')).toBe(0);
  });
});

describe('auditLog (beheer)', () => {
  const LOG = `query($f: AuditFilter, $first: Int, $after: String, $last: Int, $before: String) {
    auditLog(filter: $f, first: $first, after: $after, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id tijdstip rol subject soort operatie veld gemeenteCode pseudoniem velden } } } }`;

  beforeAll(async () => {
    await leeg();
    await ok('gemeente:0363', ISSUE, { input: issueInput('200000032') });
    const id = await clientId('200000032');
    for (const rol of ['gemeente:0363', `regio:${regio}`, `regio:${regio}`]) await ok(rol, `query Lees($id: ID!) { client(gemeenteCode: "0363", id: $id) { pseudoniem } }`, { id });
  });

  test('newest first, filtered by pseudonym, role, operation and period; pages cover everything once', async () => {
    const alles = (await ok('beheer', LOG, {})).auditLog;
    expect(alles.totalCount).toBe(4);
    expect(alles.edges.map((e: any) => [e.node.soort, e.node.rol])).toEqual([['lezen', `regio:${regio}`], ['lezen', `regio:${regio}`], ['lezen', 'gemeente:0363'], ['wijzigen', 'gemeente:0363']]);
    const p = await pseudoniem('200000032');
    expect((await ok('beheer', LOG, { f: { pseudoniem: p } })).auditLog.totalCount).toBe(4);
    expect((await ok('beheer', LOG, { f: { pseudoniem: 'f'.repeat(64) } })).auditLog.totalCount).toBe(0);
    expect((await ok('beheer', LOG, { f: { rol: `regio:${regio}` } })).auditLog.totalCount).toBe(2);
    expect((await ok('beheer', LOG, { f: { operatie: 'Toewijs' } })).auditLog.edges.map((e: any) => e.node.veld)).toEqual(['Mutation.issueToewijzing']);
    expect((await ok('beheer', LOG, { f: { van: '2000-01-01T00:00:00Z', tot: '2001-01-01T00:00:00Z' } })).auditLog.totalCount).toBe(0);

    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await ok('beheer', LOG, { first: 3, after })).auditLog;
      ids.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(ids).toEqual(alles.edges.map((e: any) => e.node.id));
    const terug = (await ok('beheer', LOG, { last: 2, before: alles.edges[3].cursor })).auditLog;
    expect(terug.edges.map((e: any) => e.node.id)).toEqual(ids.slice(1, 3));
    const fout = await gqlAls(server.url, 'beheer', LOG, { after: 'bm9wZQ' });
    expect(fout.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['INVALID_CURSOR', 'after']]);
  });

  test('every filter is served by an index (EXPLAIN with seqscan off)', async () => {
    const c = await db.pool.connect();
    try {
      await c.query('BEGIN');
      await c.query('SET LOCAL enable_seqscan = off');
      for (const [f, index] of [[{}, 'audit_log_tijd_idx'], [{ pseudoniem: 'a'.repeat(64) }, 'audit_log_pseudoniem_idx'], [{ rol: 'beheer' }, 'audit_log_rol_idx'],
        [{ operatie: 'X', van: new Date('2026-01-01') }, 'audit_log_operatie_idx']] as const) {
        const q = findAuditPage(f, ['2026-04-02T09:00:00.000000Z', '5'], true, 50);
        const plan = JSON.stringify((await c.query(`EXPLAIN (FORMAT JSON) ${q.text}`, q.values)).rows[0]);
        expect(plan).not.toContain('Seq Scan');
        expect(plan).toContain(index);
      }
    } finally {
      await c.query('ROLLBACK');
      c.release();
    }
  });
});
