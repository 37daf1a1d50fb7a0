/**
 * Care over GraphQL, end to end over HTTP on real PostgreSQL: deciding on a request (JW319/JW301), issuing, changing,
 * shortening and withdrawing allocations (a stored, XSD-valid JW301 each), the client's trajectory, the message log
 * (filters, keyset pagination, index-backed filters) and the role model (x-jeugdregie-rol).
 */
import { createServer, type RunningServer } from '../api/server';
import { ROL_HEADER } from '../api/auth/Rol';
import { findBerichtenPage } from '../api/services/berichtLog.sql';
import { JW315Handler } from '../integration/flows/handlers/JW315';
import { standaardDeps } from '../integration/flows/standaardDeps';
import { decode } from '../integration/ijw/decode';
import { maakBronnen } from '../integration/rules/bronnen';
import { registreerBrpAdres } from '../integration/simulator/gemeente';
import type { ZorgOpties } from '../integration/zorg/toewijzingen';
import { useTestDatabase } from './support/db';
import { gqlAls } from './support/rol';
import { handle, jw315, seedInkoop } from './zorg.fixtures';

const db = useTestDatabase();
let server: RunningServer;
const logged: unknown[] = [];
const opts: ZorgOpties = { uitgaand: standaardDeps({ bronnen: maakBronnen({ vandaag: '2026-04-02' }) }), nu: () => new Date('2026-04-02T09:00:00Z') };
let regio0363: string;

interface Res { data?: any; errors?: { message: string; extensions?: { code?: string; field?: string } }[] }

async function gql(rol: string | null, query: string, variables?: Record<string, unknown>): Promise<Res> {
  return gqlAls(server.url, rol, query, variables);
}
async function ok(rol: string | null, query: string, variables?: Record<string, unknown>): Promise<any> {
  const r = await gql(rol, query, variables);
  if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors, null, 2)}`);
  return r.data;
}
const err = (r: Res) => r.errors?.map((e) => ({ code: e.extensions?.code, field: e.extensions?.field }));
const count = async (table: string) => (await db.pool.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number;

const verzoekId = async (ref: string) => (await db.pool.query(`SELECT id::text FROM verzoek WHERE referentie_aanbieder = $1`, [ref])).rows[0].id as string;

const ISSUE = `mutation($input: IssueToewijzingInput!) { issueToewijzing(input: $input) {
  toewijzing { id toewijzingNummer status ingangsdatum einddatum contractId omvang { volume eenheid frequentie } laatsteBerichtId }
  bericht { id type identificatie dagtekening } } }`;
const issueInput = (bsn: string, over: Record<string, unknown> = {}) => ({
  aanbiederAgb: '65656055', client: { bsn, geboortedatum: '2010-02-14', adres: { huisnummer: 12, postcode: '1011 ab', straatnaam: 'Dam' } }, product: { categorie: '55', code: '55A11' },
  ingangsdatum: '2026-04-01', einddatum: '2026-12-31', omvang: { volume: 2, eenheid: '04', frequentie: '2' }, ...over,
});

async function storedJW301(id: string) {
  const r = (await db.pool.query(`SELECT type, richting, status, afzender, ontvanger, raw, parsed FROM bericht WHERE id = $1`, [id])).rows[0];
  const d = await decode(r.raw.toString('utf8'));
  expect(d.bevindingen).toEqual([]); // XSD-valid as stored
  return r as { type: string; richting: string; status: string; afzender: string; ontvanger: string; parsed: any };
}

beforeAll(async () => {
  await seedInkoop(db.pool, '0384', '42420001');
  await seedInkoop(db.pool, '0363', '65656055');
  regio0363 = (await db.pool.query(`SELECT r.code FROM region r JOIN municipality m ON m.region_id = r.id WHERE m.cbs_code = '0363'`)).rows[0].code;
  server = await createServer({ dataSource: db.dataSource, port: 0, host: '127.0.0.1', zorg: opts, logError: (e) => logged.push(e) });
});
afterAll(async () => {
  await server?.stop();
});
afterEach(() => {
  expect(logged).toEqual([]); // nothing masked as INTERNAL_SERVER_ERROR
});

describe('deciding on a request', () => {
  beforeAll(async () => {
    await handle(db.pool, JW315Handler, jw315('300000005', ['R-1', 'R-2']));
    await registreerBrpAdres(db.pool, '0384', '300000005');
  });

  test('onderzoek → JW319 (VerzoekAntwoord 2), then toewijzen → JW301 carrying the ReferentieAanbieder', async () => {
    const o = await ok('gemeente:0384', `mutation($id: ID!) { onderzoekVerzoek(input: { verzoekId: $id }) {
      verzoek { status referentieAanbieder onderzoekBerichtId } bericht { id type identificatie } } }`, { id: await verzoekId('R-1') });
    expect(o.onderzoekVerzoek.verzoek).toMatchObject({ status: 'onderzoek', referentieAanbieder: 'R-1', onderzoekBerichtId: o.onderzoekVerzoek.bericht.id });
    const jw319 = (await db.pool.query(`SELECT type, parsed FROM bericht WHERE id = $1`, [o.onderzoekVerzoek.bericht.id])).rows[0];
    expect(jw319).toMatchObject({ type: 'JW319', parsed: { Antwoord: { ReferentieAanbieder: 'R-1', VerzoekAntwoord: '2' } } });

    const t = await ok('gemeente:0384', `mutation($id: ID!) { toewijzenVerzoek(input: { verzoekId: $id }) {
      verzoek { status besluitBerichtId } toewijzingen { referentieAanbieder einddatum } bericht { id type } } }`, { id: await verzoekId('R-1') });
    expect(t.toewijzenVerzoek).toMatchObject({ verzoek: { status: 'toegewezen' }, bericht: { type: 'JW301' },
      toewijzingen: [{ referentieAanbieder: 'R-1', einddatum: '2027-06-30' }] });
    const b = await storedJW301(t.toewijzenVerzoek.bericht.id);
    expect(b.parsed.Client.ToegewezenProducten.ToegewezenProduct).toEqual([expect.objectContaining({ ReferentieAanbieder: 'R-1' })]);
  });

  test('afwijzen: reason 8 without the municipality is REQUIRED and writes nothing; with it a JW319 VerzoekAntwoord 1', async () => {
    const voor = await count('bericht');
    const r = await gql('gemeente:0384', `mutation($id: ID!) { afwijzenVerzoek(input: { verzoekId: $id, redenAfwijzing: "8" }) { verzoek { status } } }`,
      { id: await verzoekId('R-2') });
    expect(err(r)).toEqual([{ code: 'REQUIRED', field: 'input.woonplaatsGemeente' }]);
    expect(await count('bericht')).toBe(voor);

    const a = await ok('gemeente:0384', `mutation($id: ID!) { afwijzenVerzoek(input: { verzoekId: $id, redenAfwijzing: "8", woonplaatsGemeente: "0363" }) {
      verzoek { status redenAfwijzing woonplaatsGemeente } bericht { id type } } }`, { id: await verzoekId('R-2') });
    expect(a.afwijzenVerzoek.verzoek).toEqual({ status: 'afgewezen', redenAfwijzing: '8', woonplaatsGemeente: '0363' });
    const p = (await db.pool.query(`SELECT parsed FROM bericht WHERE id = $1`, [a.afwijzenVerzoek.bericht.id])).rows[0].parsed;
    expect(p.Antwoord).toEqual({ ReferentieAanbieder: 'R-2', VerzoekAntwoord: '1', RedenAfwijzingVerzoek: '8', Woonplaatsbeginsel: { Gemeente: '0363' } });
  });

  test('a decided request cannot be decided again: INVALID_TRANSITION on input.verzoekId', async () => {
    const r = await gql('gemeente:0384', `mutation($id: ID!) { onderzoekVerzoek(input: { verzoekId: $id }) { verzoek { status } } }`, { id: await verzoekId('R-2') });
    expect(err(r)).toEqual([{ code: 'INVALID_TRANSITION', field: 'input.verzoekId' }]);
  });

  test("another municipality cannot decide on 0384's request (FORBIDDEN), a region not at all", async () => {
    const r1 = await gql('gemeente:0363', `mutation { onderzoekVerzoek(input: { verzoekId: "1", gemeenteCode: "0384" }) { verzoek { status } } }`);
    expect(err(r1)).toEqual([{ code: 'FORBIDDEN', field: 'input.gemeenteCode' }]);
    const r2 = await gql(`regio:${regio0363}`, `mutation { onderzoekVerzoek(input: { verzoekId: "1" }) { verzoek { status } } }`);
    expect(err(r2)).toEqual([{ code: 'FORBIDDEN', field: ROL_HEADER }]);
  });
});

describe('allocations: issue, change, shorten, withdraw → JW301', () => {
  let id: string;
  test('issue returns the allocation and the stored, XSD-valid JW301 (id + identificatie)', async () => {
    const d = await ok('gemeente:0363', ISSUE, { input: issueInput('200000007') });
    const { toewijzing, bericht } = d.issueToewijzing;
    id = toewijzing.id;
    expect(toewijzing).toMatchObject({ status: 'actueel', ingangsdatum: '2026-04-01', einddatum: '2026-12-31', omvang: { volume: 2, eenheid: '04', frequentie: '2' },
      laatsteBerichtId: bericht.id });
    expect(bericht).toMatchObject({ type: 'JW301', identificatie: expect.any(String), dagtekening: '2026-04-02' });
    const b = await storedJW301(bericht.id);
    expect(b).toMatchObject({ type: 'JW301', richting: 'uit', status: 'validated', afzender: '0363', ontvanger: '65656055' });
    expect(b.parsed.Header.BerichtIdentificatie.Identificatie).toBe(bericht.identificatie);
    expect(b.parsed.Client.Bsn).toBe('200000007');
  });

  test('NO_VALID_CONTRACT with the field, and nothing written', async () => {
    await db.pool.query(`INSERT INTO provider (agb_code, name) VALUES ('11112222', 'Zonder contract') ON CONFLICT DO NOTHING`);
    const voor = [await count('toewijzing'), await count('bericht'), await count('outbox'), await count('client')];
    const r = await gql('gemeente:0363', ISSUE, { input: issueInput('200000093', { aanbiederAgb: '11112222' }) });
    expect(err(r)).toEqual([{ code: 'NO_VALID_CONTRACT', field: 'input.aanbiederAgb' }]);
    expect([await count('toewijzing'), await count('bericht'), await count('outbox'), await count('client')]).toEqual(voor);
  });

  test('CLIENT_ADDRESS_REQUIRED on input.client.adres for a client without an address on file, and nothing written', async () => {
    const voor = [await count('toewijzing'), await count('bericht'), await count('outbox'), await count('client')];
    const r = await gql('gemeente:0363', ISSUE, { input: issueInput('200001139', { client: { bsn: '200001139' } }) });
    expect(err(r)).toEqual([{ code: 'CLIENT_ADDRESS_REQUIRED', field: 'input.client.adres' }]);
    expect([await count('toewijzing'), await count('bericht'), await count('outbox'), await count('client')]).toEqual(voor);
  });

  test('change, shorten and withdraw (13): a JW301 each, the history in the trajectory', async () => {
    const c = await ok('gemeente:0363', `mutation($id: ID!) { changeToewijzing(input: { toewijzingId: $id, redenWijziging: "05",
      omvang: { volume: 3, eenheid: "04", frequentie: "2" } }) { toewijzing { omvang { volume } redenWijziging } bericht { id type } } }`, { id });
    expect(c.changeToewijzing.toewijzing).toEqual({ omvang: { volume: 3 }, redenWijziging: '05' });
    expect((await storedJW301(c.changeToewijzing.bericht.id)).parsed.Client.ToegewezenProducten.ToegewezenProduct[0].Omvang.Volume).toBe(3);

    const s = await ok('gemeente:0363', `mutation($id: ID!) { shortenToewijzing(input: { toewijzingId: $id, einddatum: "2026-09-30", redenWijziging: "05" }) {
      toewijzing { einddatum } bericht { id } } }`, { id });
    expect(s.shortenToewijzing.toewijzing.einddatum).toBe('2026-09-30');
    await storedJW301(s.shortenToewijzing.bericht.id);

    const bad = await gql('gemeente:0363', `mutation($id: ID!) { shortenToewijzing(input: { toewijzingId: $id, einddatum: "2026-11-30", redenWijziging: "05" }) {
      toewijzing { einddatum } } }`, { id });
    expect(err(bad)).toEqual([{ code: 'BAD_USER_INPUT', field: 'input.einddatum' }]);

    const w = await ok('gemeente:0363', `mutation($id: ID!) { withdrawToewijzing(input: { toewijzingId: $id, redenWijziging: "13" }) {
      toewijzing { status einddatum redenWijziging historie { actie redenWijziging berichtId } } bericht { id } } }`, { id });
    const t = w.withdrawToewijzing.toewijzing;
    expect(t).toMatchObject({ status: 'verwijderd', einddatum: '2026-04-01', redenWijziging: '13' });
    expect(t.historie.map((h: { actie: string }) => h.actie)).toEqual(['toegewezen', 'gewijzigd', 'verkort', 'verwijderd']);
    expect(t.historie[3].berichtId).toBe(w.withdrawToewijzing.bericht.id);
    const jw = await storedJW301(w.withdrawToewijzing.bericht.id);
    expect(jw.parsed.Client.ToegewezenProducten.ToegewezenProduct[0]).toMatchObject({ RedenWijziging: '13', Einddatum: '2026-04-01' });

    const again = await gql('gemeente:0363', `mutation($id: ID!) { withdrawToewijzing(input: { toewijzingId: $id, redenWijziging: "13" }) { bericht { id } } }`, { id });
    expect(err(again)).toEqual([{ code: 'INVALID_TRANSITION', field: 'input.toewijzingId' }]);
  });
});

describe("a client's trajectory and the roles", () => {
  const TRAJECT = `query($g: String!, $id: ID!) { client(gemeenteCode: $g, id: $id) { id gemeenteCode pseudoniem bsn geboortedatum
    verzoeken { referentieAanbieder status } toewijzingen { toewijzingNummer status historie { actie } } starts { begindatum } stops { einddatum }
    berichten { type richting status retourcodes } } }`;
  let clientId: string;
  beforeAll(async () => {
    clientId = (await db.pool.query(`SELECT id::text FROM client WHERE gemeente_code = '0363' AND bsn = '200000007'`)).rows[0].id;
  });

  test('the owning municipality sees the BSN, the allocations with history and the messages with their codes', async () => {
    await db.pool.query(`UPDATE bericht SET retourcodes = '{8001}' WHERE id = (SELECT min(bericht_id) FROM bericht_koppeling WHERE client_id = $1)`, [clientId]);
    const d = await ok('gemeente:0363', TRAJECT, { g: '0363', id: clientId });
    expect(d.client).toMatchObject({ gemeenteCode: '0363', bsn: '200000007', geboortedatum: '2010-02-14', verzoeken: [], starts: [], stops: [] });
    expect(d.client.pseudoniem).toMatch(/^[0-9a-f]{64}$/);
    expect(d.client.toewijzingen).toEqual([expect.objectContaining({ status: 'verwijderd', historie: expect.arrayContaining([{ actie: 'toegewezen' }]) })]);
    expect(d.client.berichten).toHaveLength(4); // issue, change, shorten, withdraw
    expect(d.client.berichten.every((b: { type: string; richting: string }) => b.type === 'JW301' && b.richting === 'uit')).toBe(true);
    expect(d.client.berichten.at(-1).retourcodes).toEqual(['8001']);
  });

  test('the trajectory of a client with a request shows it', async () => {
    const c = (await db.pool.query(`SELECT id::text FROM client WHERE gemeente_code = '0384' AND bsn = '300000005'`)).rows[0].id;
    const d = await ok('gemeente:0384', TRAJECT, { g: '0384', id: c });
    expect(d.client.verzoeken).toEqual([{ referentieAanbieder: 'R-1', status: 'toegewezen' }, { referentieAanbieder: 'R-2', status: 'afgewezen' }]);
  });

  test('the region sees the pseudonym only: bsn and geboortedatum are null', async () => {
    const d = await ok(`regio:${regio0363}`, TRAJECT, { g: '0363', id: clientId });
    expect(d.client).toMatchObject({ gemeenteCode: '0363', bsn: null, geboortedatum: null, pseudoniem: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(d.client.toewijzingen).toHaveLength(1);
    const p = await ok(`regio:${regio0363}`, `query($p: String!) { clientsByPseudoniem(pseudoniem: $p) { id bsn } }`, { p: d.client.pseudoniem });
    expect(p.clientsByPseudoniem).toEqual([{ id: clientId, bsn: null }]);
  });

  test("a municipality cannot read another's clients; a region cannot look up by BSN; no role is UNAUTHENTICATED", async () => {
    expect(err(await gql('gemeente:0384', TRAJECT, { g: '0363', id: clientId }))).toEqual([{ code: 'FORBIDDEN', field: 'gemeenteCode' }]);
    expect(err(await gql('regio:GEENREGIO', TRAJECT, { g: '0363', id: clientId }))).toEqual([{ code: 'FORBIDDEN', field: 'gemeenteCode' }]);
    expect(err(await gql(`regio:${regio0363}`, `{ clientByBsn(gemeenteCode: "0363", bsn: "200000007") { id } }`))).toEqual([{ code: 'FORBIDDEN', field: ROL_HEADER }]);
    expect(err(await gql(null, TRAJECT, { g: '0363', id: clientId }))).toEqual([{ code: 'UNAUTHENTICATED', field: ROL_HEADER }]);
    expect(err(await gql('gemeente:363', TRAJECT, { g: '0363', id: clientId }))).toEqual([{ code: 'UNAUTHENTICATED', field: ROL_HEADER }]);
    expect(err(await gql('aanbieder:65656055', TRAJECT, { g: '0363', id: clientId }))).toEqual([{ code: 'FORBIDDEN', field: ROL_HEADER }]);
    const own = await ok('gemeente:0363', `{ clientByBsn(gemeenteCode: "0363", bsn: "200000007") { id bsn } }`);
    expect(own.clientByBsn).toEqual({ id: clientId, bsn: '200000007' });
  });

  test('a municipality cannot allocate for another one; the purchasing queries need a role too', async () => {
    const r = await gql('gemeente:0384', ISSUE, { input: { ...issueInput('200000202'), gemeenteCode: '0363' } });
    expect(err(r)).toEqual([{ code: 'FORBIDDEN', field: 'input.gemeenteCode' }]);
    expect(err(await gql(null, `{ regions(first: 1) { totalCount } }`))).toEqual([{ code: 'UNAUTHENTICATED', field: ROL_HEADER }]);
    const p = await ok('gemeente:0363', `{ regions(first: 1) { totalCount } }`);
    expect(p.regions.totalCount).toBe(1); // its own region only
  });
});

describe('the message log', () => {
  const LOG = `query($f: BerichtFilter, $first: Int, $after: String, $last: Int, $before: String) {
    berichten(filter: $f, first: $first, after: $after, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage endCursor startCursor } edges { cursor node { id type afzender ontvanger status retourcodes gemeenteCode } } } }`;
  beforeAll(async () => {
    for (const bsn of ['200001103', '200001115', '200001127']) await ok('gemeente:0363', ISSUE, { input: issueInput(bsn) }); // 11-proef-valid (CS002)
    await db.pool.query(`UPDATE bericht SET retourcodes = '{9359,0200}', status = 'rejected' WHERE id = (SELECT max(id) FROM bericht WHERE gemeente_code = '0363')`);
  });

  test('scoped to the caller: 0363 never sees 0384 messages', async () => {
    const d = await ok('gemeente:0363', LOG, { first: 500 });
    const n = (await db.pool.query(`SELECT count(*)::int AS n FROM bericht WHERE gemeente_code = '0363'`)).rows[0].n;
    expect(d.berichten.totalCount).toBe(n);
    expect(d.berichten.edges.every((e: any) => e.node.gemeenteCode === '0363')).toBe(true);
    expect(err(await gql('gemeente:0363', LOG, { f: { gemeenteCode: '0384' } }))).toEqual([{ code: 'FORBIDDEN', field: 'filter.gemeenteCode' }]);
    const r = await ok(`regio:${regio0363}`, LOG, { first: 500 });
    expect(r.berichten.totalCount).toBe(n);
  });

  test('filters: type, provider, status, return code, period', async () => {
    const g = (f: Record<string, unknown>) => ok('gemeente:0384', LOG, { f, first: 500 }).then((d) => d.berichten);
    expect((await g({ type: 'JW319' })).edges.map((e: any) => e.node.type)).toEqual(['JW319', 'JW319']);
    expect((await g({ type: 'JW315' })).totalCount).toBe(1);
    const viaAgb = await g({ aanbiederAgb: '42420001' });
    expect(viaAgb.totalCount).toBe(4); // JW315 in, JW319 onderzoek, JW301, JW319 afwijzing
    expect((await g({ aanbiederAgb: '65656055' })).totalCount).toBe(0);
    expect((await g({ status: 'received' })).edges.map((e: any) => e.node.type)).toEqual(['JW315']);

    const h = (f: Record<string, unknown>) => ok('gemeente:0363', LOG, { f, first: 500 }).then((d) => d.berichten);
    const rc = await h({ retourcode: '9359' });
    expect(rc.edges.map((e: any) => e.node.retourcodes)).toEqual([['9359', '0200']]);
    expect((await h({ retourcode: '9359', status: 'rejected' })).totalCount).toBe(1);
    expect((await h({ retourcode: '9360' })).totalCount).toBe(0);
    expect((await h({ ontvangenVanaf: '2999-01-01T00:00:00Z' })).totalCount).toBe(0);
    expect((await h({ ontvangenTot: '2000-01-01T00:00:00Z' })).totalCount).toBe(0);
    expect((await h({ ontvangenVanaf: '2000-01-01T00:00:00Z', ontvangenTot: '2999-01-01T00:00:00Z' })).totalCount).toBe((await h({})).totalCount);
  });

  test('keyset pagination: newest first, pages of 2 forward and backward cover everything exactly once', async () => {
    const all = (await ok('gemeente:0363', LOG, { first: 500 })).berichten.edges.map((e: any) => Number(e.node.id));
    expect(all.length).toBeGreaterThan(4);
    expect(all).toEqual([...all].sort((a, b) => b - a)); // same-transaction ties broken by id, newest first
    const seen: number[] = [];
    let after: string | null = null;
    for (;;) {
      const p: any = (await ok('gemeente:0363', LOG, { first: 2, after })).berichten;
      seen.push(...p.edges.map((e: any) => Number(e.node.id)));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    const back: any = (await ok('gemeente:0363', LOG, { last: 2, before: (await ok('gemeente:0363', LOG, { first: 3 })).berichten.pageInfo.endCursor })).berichten;
    expect(back.edges.map((e: any) => Number(e.node.id))).toEqual(all.slice(0, 2));
    expect(err(await gql('gemeente:0363', LOG, { after: 'bm9wZQ' }))).toEqual([{ code: 'INVALID_CURSOR', field: 'after' }]);
  });

  test('every filter is served by an index (EXPLAIN with seqscan off: no Seq Scan; GIN for the return code)', async () => {
    const c = await db.pool.connect();
    try {
      await c.query('BEGIN');
      await c.query('SET LOCAL enable_seqscan = off');
      const plan = async (f: Record<string, unknown>) => {
        const q = findBerichtenPage({ gemeenten: ['0363'], ...f }, null, true, 50);
        return JSON.stringify((await c.query(`EXPLAIN (FORMAT JSON) ${q.text}`, q.values)).rows[0]);
      };
      // On a small table the planner may pick any of the gemeente_code indexes; what must hold is that none needs a scan.
      for (const f of [{ retourcode: '9359' }, { status: 'rejected' }, { aanbiederAgb: '65656055' }, { type: 'JW301' }, {},
        { ontvangenVanaf: new Date('2026-01-01') }]) {
        const p = await plan(f);
        expect(p).not.toContain('Seq Scan');
        expect(p).toMatch(/bericht_(gemeente_tijd|status|afzender|ontvanger|log)_idx|bericht_retourcodes_gin/);
      }
      // The return-code predicate itself is served by the GIN index (the array column has no btree).
      const gin = await c.query(`EXPLAIN (FORMAT JSON) SELECT id FROM bericht WHERE retourcodes @> ARRAY['9359']::text[]`);
      expect(JSON.stringify(gin.rows[0])).toContain('bericht_retourcodes_gin');
    } finally {
      await c.query('ROLLBACK');
      c.release();
    }
  });
});

describe('audit', () => {
  test("reading a client's data leaves one audit_log row per client with the role, subject and fields, by pseudonym (test/audit.test.ts has the rest)", async () => {
    const c = (await db.pool.query(`SELECT id::text, pseudoniem FROM client WHERE gemeente_code = '0363' AND bsn = '200000007'`)).rows[0];
    await db.pool.query(`DELETE FROM audit_log`);
    await ok(`regio:${regio0363}`, `query Traject($id: ID!) { client(gemeenteCode: "0363", id: $id) { pseudoniem bsn toewijzingen { id } } }`, { id: c.id });
    const r = await db.pool.query(`SELECT rol, soort, operatie, veld, gemeente_code, pseudoniem, velden FROM audit_log`);
    expect(r.rows).toEqual([{ rol: `regio:${regio0363}`, soort: 'lezen', operatie: 'Traject', veld: 'Query.client', gemeente_code: '0363', pseudoniem: c.pseudoniem,
      velden: ['bsn', 'pseudoniem', 'toewijzingen'] }]);
    await ok('beheer', `{ regions(first: 1) { totalCount } }`);
    expect((await db.pool.query(`SELECT count(*)::int AS n FROM audit_log`)).rows[0].n).toBe(1);
  });
});
