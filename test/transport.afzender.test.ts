/**
 * Issue 7, item 6: a message enters only from an authenticated sender that is its Afzender. POST /ijw authenticates
 * by bearer token (aanbieder:<AGB> / gemeente:<CBS>), the GGk directory by upload folder (uploads/<AGB>/). A refused
 * message is not stored; the HTTP sender gets 401/403 with the reason, a refused upload lands in .fout with it.
 */
import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pollInbox } from '../integration/jobs/pollInbox';
import { startIjwServer } from '../integration/transport/http';
import { postbus, schrijfAtomair, uploadMap } from '../integration/transport/postbus';
import { wrapDi01 } from '../integration/transport/stuf';
import { useTestDatabase } from './support/db';
import { ijwVoorbeeld } from './support/fixtures';
import { bearer, rolHeaders, tokenVoor } from './support/rol';

const db = useTestDatabase();
const metId = (xml: string, id: string) => xml.replace(/<ijw:Identificatie>[^<]*</, `<ijw:Identificatie>${id}<`);
const jw315 = (id: string) => metId(ijwVoorbeeld('JW315'), id); // Afzender 42420001 (provider) → 0384
const jw301 = ijwVoorbeeld('JW301'); // Afzender 0384 (municipality) → 42420001
const jw302 = ijwVoorbeeld('JW302'); // a provider's answer: its own sender is the header's Ontvanger, 42420001
const di01 = (payload: string, functie: string, zender: string) => wrapDi01({
  payload, functie, zender: { organisatie: zender, applicatie: 'Testaanbieder' }, ontvanger: { organisatie: '0384' }, applicatieVersie: '0001', applicatieSubversie: '0001',
});
const opgeslagen = async () => (await db.pool.query(`SELECT count(*)::int AS n FROM bericht`)).rows[0].n as number;

describe('POST /ijw', () => {
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    server = await startIjwServer(db.pool, 0);
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/ijw`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  async function post(body: string, headers: Record<string, string>) {
    const res = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/xml', ...headers } });
    return { status: res.status, body: (await res.json()) as { error?: string; code?: string; reden?: string; id?: string }, challenge: res.headers.get('www-authenticate') };
  }

  test('no token, or an unusable one: 401 with a Bearer challenge, nothing stored', async () => {
    const voor = await opgeslagen();
    const geen = await post(jw315('A1'), {});
    expect([geen.status, geen.body.code, geen.challenge]).toEqual([401, 'UNAUTHENTICATED', 'Bearer realm="jeugdregie"']);
    const verlopen = await post(jw315('A1'), bearer(tokenVoor('aanbieder:42420001', { claims: { iat: 1_700_000_000, exp: 1_700_000_600 } })));
    expect([verlopen.status, verlopen.body.code, verlopen.body.reden]).toEqual([401, 'UNAUTHENTICATED', 'expired']);
    expect(verlopen.challenge).toMatch(/error="invalid_token"/);
    const andereAud = await post(jw315('A1'), bearer(tokenVoor('aanbieder:42420001', { claims: { aud: 'iwlz' } })));
    expect([andereAud.status, andereAud.body.reden]).toEqual([401, 'audience']);
    // The old header is no authentication at all.
    expect((await post(jw315('A1'), { 'x-jeugdregie-rol': 'aanbieder:42420001' })).status).toBe(401);
    expect(await opgeslagen()).toBe(voor);
  });

  test('a role that sends no messages (regio, beheer): 403, nothing stored', async () => {
    const voor = await opgeslagen();
    for (const rol of ['regio:ZHZ', 'beheer']) {
      const r = await post(jw315('A2'), rolHeaders(rol));
      expect([rol, r.status, r.body.code]).toEqual([rol, 403, 'FORBIDDEN']);
    }
    expect(await opgeslagen()).toBe(voor);
  });

  test('the Afzender itself: bare, in a Di01, a retourbericht (its own sender), a municipality — 202, stored as sent', async () => {
    const a = await post(jw315('B1'), rolHeaders('aanbieder:42420001'));
    expect([a.status, a.body]).toEqual([202, { id: expect.any(String), type: 'JW315', status: 'received' }]);
    expect((await post(di01(jw315('B2'), 'JW315', '42420001'), rolHeaders('aanbieder:42420001'))).status).toBe(202);
    expect((await post(jw302, rolHeaders('aanbieder:42420001'))).status).toBe(202);
    expect((await post(jw301, rolHeaders('gemeente:0384'))).status).toBe(202);
    const { rows } = await db.pool.query(`SELECT type, afzender, kanaal FROM bericht WHERE id = $1`, [a.body.id]);
    expect(rows).toEqual([{ type: 'JW315', afzender: '42420001', kanaal: 'http' }]);
  });

  test('another Afzender or StUF zender than the token: 403 with the reason, nothing stored', async () => {
    const voor = await opgeslagen();
    const ander = await post(jw315('C1'), rolHeaders('aanbieder:12345678'));
    expect([ander.status, ander.body.code]).toEqual([403, 'FORBIDDEN']);
    expect(ander.body.error).toBe('Afzender 42420001 in de Header is niet de geauthenticeerde afzender (token aanbieder:12345678)');
    // The envelope's zender is checked as well as the header inside it.
    const zender = await post(di01(jw315('C2'), 'JW315', '12345678'), rolHeaders('aanbieder:42420001'));
    expect([zender.status, zender.body.error]).toEqual([403, 'de StUF-zender 12345678 is niet de geauthenticeerde afzender (token aanbieder:42420001)']);
    const binnenin = await post(di01(jw315('C3'), 'JW315', '12345678'), rolHeaders('aanbieder:12345678'));
    expect([binnenin.status, binnenin.body.error]).toEqual([403, 'Afzender 42420001 in de Header is niet de geauthenticeerde afzender (token aanbieder:12345678)']);
    // A municipality token cannot send as a provider, nor as another municipality.
    expect((await post(jw315('C4'), rolHeaders('gemeente:0384'))).status).toBe(403);
    expect((await post(jw301, rolHeaders('gemeente:0363'))).status).toBe(403);
    expect(await opgeslagen()).toBe(voor);
  });

  test('garbage from an authenticated sender is still stored and refused as before (400)', async () => {
    const r = await post('hallo', rolHeaders('aanbieder:42420001'));
    expect(r.status).toBe(400);
    expect(r.body.id).toBeDefined();
  });
});

describe('GGk directory: the upload folder is the sender', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'jr-afzender-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const fout = (map: string, naam: string) => JSON.parse(fs.readFileSync(path.join(map, '.fout', `${naam}.error.json`), 'utf8')) as { code: string; message: string };

  test('its own folder: stored; another folder: .fout with code AFZENDER and the reason, not stored', async () => {
    const pb = postbus(root);
    await schrijfAtomair(uploadMap(pb, '42420001'), 'eigen.xml', di01(jw315('D1'), 'JW315', '42420001'));
    await schrijfAtomair(uploadMap(pb, '12345678'), 'vreemd.xml', di01(jw315('D2'), 'JW315', '42420001'));
    await schrijfAtomair(uploadMap(pb, '12345678'), 'zender.xml', di01(jw315('D3'), 'JW315', '12345678'));
    const voor = await opgeslagen();
    expect(await pollInbox(db.pool, pb)).toEqual({ ontvangen: 1, fout: 2 });
    expect(await opgeslagen()).toBe(voor + 1);
    expect((await db.pool.query(`SELECT identificatie FROM bericht WHERE identificatie LIKE 'D%'`)).rows).toEqual([{ identificatie: 'D1' }]);
    expect(fs.readdirSync(path.join(pb.uploads, '42420001', '.verwerkt'))).toEqual(['eigen.xml']);
    expect(fout(uploadMap(pb, '12345678'), 'vreemd.xml')).toMatchObject({
      code: 'AFZENDER', message: 'de StUF-zender 42420001 is niet de geauthenticeerde afzender (uploadmap uploads/12345678)',
    });
    expect(fout(uploadMap(pb, '12345678'), 'zender.xml')).toMatchObject({
      code: 'AFZENDER', message: 'Afzender 42420001 in de Header is niet de geauthenticeerde afzender (uploadmap uploads/12345678)',
    });
  });

  test('a file outside a sender folder, or in a folder that is no AGB/CBS code, has no sender: .fout, not stored', async () => {
    const pb = postbus(root);
    await schrijfAtomair(pb.uploads, 'los.xml', di01(jw315('E1'), 'JW315', '42420001'));
    await schrijfAtomair(path.join(pb.uploads, 'acme'), 'acme.xml', di01(jw315('E2'), 'JW315', '42420001'));
    const voor = await opgeslagen();
    expect(await pollInbox(db.pool, pb)).toEqual({ ontvangen: 0, fout: 2 });
    expect(await opgeslagen()).toBe(voor);
    expect(fout(pb.uploads, 'los.xml')).toMatchObject({ code: 'AFZENDER', message: expect.stringContaining('uploads/<AGB-code>/') });
    expect(fout(path.join(pb.uploads, 'acme'), 'acme.xml').code).toBe('AFZENDER');
  });
});
