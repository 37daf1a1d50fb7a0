import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type http from 'node:http';
import { standaardDeps } from '../../integration/flows/standaardDeps';
import { verwerkAlles } from '../../integration/flows/worker';
import { pollInbox } from '../../integration/jobs/pollInbox';
import { sendOutbox } from '../../integration/jobs/sendOutbox';
import { signaleerTermijnen } from '../../integration/jobs/termijnen';
import { startIjwServer } from '../../integration/transport/http';
import { postbus, schrijfAtomair, uploadMap } from '../../integration/transport/postbus';
import { unwrapEnvelope, wrapDi01 } from '../../integration/transport/stuf';
import { directoryVerzender } from '../../integration/transport/verzenders';
import { useTestDatabase } from '../support/db';
import { ijwVoorbeeld } from '../support/fixtures';
import { rolHeaders } from '../support/rol';
import { seedInkoop } from '../zorg.fixtures';

const jw315 = ijwVoorbeeld('JW315');
const metId = (xml: string, id: string) => xml.replace(/<ijw:Identificatie>[^<]*</, `<ijw:Identificatie>${id}<`);
const deps = standaardDeps();
const db = useTestDatabase();
let dir: string;
beforeAll(async () => {
  // The official examples' municipality and provider, with a contract (the care handlers in integration/flows/handlers need them).
  await seedInkoop(db.pool, '0384', '42420001');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jr-postbus-'));
});

test('Di01 in the provider\'s uploads folder → JW316 in a Du01 (crossRefnummer) in downloads/<agb>', async () => {
  const pb = postbus(dir);
  const env = wrapDi01({
    payload: metId(jw315, 'D1'), functie: 'JW315', zender: { organisatie: '42420001', applicatie: 'Simulator' }, ontvanger: { organisatie: '0384' },
    applicatieVersie: '0001', applicatieSubversie: '0001',
  });
  const ref = (unwrapEnvelope(env) as any).stuurgegevens.referentienummer;
  await schrijfAtomair(uploadMap(pb, '42420001'), 'a.xml', env);
  expect(await pollInbox(db.pool, pb)).toEqual({ ontvangen: 1, fout: 0 });
  expect(await verwerkAlles(db.pool, deps)).toBe(1);
  expect(await sendOutbox(db.pool, directoryVerzender(pb))).toEqual({ verzonden: 1, mislukt: 0 });
  const files = fs.readdirSync(path.join(pb.downloads, '42420001'));
  expect(files).toHaveLength(1);
  const du = unwrapEnvelope(fs.readFileSync(path.join(pb.downloads, '42420001', files[0]!))) as any;
  expect(du.kind).toBe('Du01');
  expect(du.stuurgegevens.crossRefnummer).toBe(ref);
  expect(du.payload.toString()).toContain('jw316:Bericht');
  const { rows } = await db.pool.query(`SELECT status FROM bericht WHERE type = 'JW316'`);
  expect(rows).toEqual([{ status: 'sent' }]);
});

test('a failing transport schedules a retry with backoff, then gives up', async () => {
  await db.pool.query(`INSERT INTO outbox (bericht_id, ontvanger) SELECT id, '42420001' FROM bericht WHERE type = 'JW316'`);
  const kapot = { verstuur: async () => { throw new Error('portal weg'); } };
  expect(await sendOutbox(db.pool, kapot, { backoff: () => 0, maxAttempts: 2 })).toEqual({ verzonden: 0, mislukt: 1 });
  expect(await sendOutbox(db.pool, kapot, { backoff: () => 0, maxAttempts: 2 })).toEqual({ verzonden: 0, mislukt: 1 });
  const { rows } = await db.pool.query(`SELECT status, attempts, last_error FROM outbox WHERE status <> 'sent'`);
  expect(rows).toEqual([{ status: 'failed', attempts: 2, last_error: 'portal weg' }]);
});

describe('HTTP POST /ijw', () => {
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    server = await startIjwServer(db.pool, 0, { maxBytes: 100_000 });
    url = `http://127.0.0.1:${(server.address() as any).port}/ijw`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  // As the official examples' provider (Afzender 42420001), authenticated: test/transport.afzender.test.ts covers refusals.
  const post = (body: string) => fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/xml', ...rolHeaders('aanbieder:42420001') } });

  test('202 for a new message, 200 with the original result for a redelivery', async () => {
    const a = await post(metId(jw315, 'H1'));
    expect(a.status).toBe(202);
    const ja = (await a.json()) as { id: string };
    await verwerkAlles(db.pool, deps);
    const b = await post(metId(jw315, 'H1'));
    expect(b.status).toBe(200);
    // The same client and product as D1 above: the cross-message rules answer 9347/9374; the redelivery gets that same answer.
    const { rows } = await db.pool.query(`SELECT retourcodes FROM bericht WHERE id = $1`, [ja.id]);
    expect(rows[0].retourcodes).toEqual(['9347', '9374']);
    expect(await b.json()).toMatchObject({ id: ja.id, status: 'processed', retourcodes: rows[0].retourcodes, herlevering: true });
  });
  test('400 for garbage, 413 for too big', async () => {
    const g = await post('hallo');
    expect(g.status).toBe(400);
    expect(((await g.json()) as { error: string }).error).toMatch(/iJw/);
    const t = await post(`${jw315}<!--${'x'.repeat(200_000)}-->`);
    expect(t.status).toBe(413);
  });
});

test('OP090: an outbound JW301 without JW302 after 3 working days is flagged once', async () => {
  await db.pool.query(`INSERT INTO bericht (richting, type, afzender, ontvanger, identificatie, inhoud_hash, raw, status, kanaal, verzonden_op, gemeente_code)
                       VALUES ('uit', 'JW301', '0384', '42420001', 'X1', '\\x00', '\\x00', 'sent', 'test', '2026-04-01 10:00', '0384')`);
  // 2026-04-01 is a Wednesday; Easter Monday 04-06 is a holiday, Good Friday 04-03 is a working day
  // (Algemene termijnenwet, integration/calendar): due by Tue 04-07, overdue (once) on Wed 04-08.
  expect((await signaleerTermijnen(db.pool, '2026-04-07')).OP090_uit).toBe(0);
  expect((await signaleerTermijnen(db.pool, '2026-04-08')).OP090_uit).toBe(1);
  expect((await signaleerTermijnen(db.pool, '2026-04-09')).OP090_uit).toBe(0);
});
