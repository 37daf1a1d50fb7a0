import { parseBericht } from '../../integration/ijw/codec';
import { decode } from '../../integration/ijw/decode';
import { buildRetourXml } from '../../integration/retour';
import { MAX_POGINGEN, verwerkVolgende } from '../../integration/flows/pipeline';
import { receive } from '../../integration/flows/receive';
import { standaardDeps } from '../../integration/flows/standaardDeps';
import { enqueueUitgaand } from '../../integration/flows/uitgaand';
import { withTransaction } from '../../integration/flows/transaction';
import { verwerkAlles } from '../../integration/flows/worker';
import { useTestDatabase } from '../support/db';
import { ijwVoorbeeld } from '../support/fixtures';
import { seedInkoop } from '../zorg.fixtures';

const voorbeeld = (t: string) => ijwVoorbeeld(t);
const jw315 = voorbeeld('JW315');
const metId = (xml: string, id: string) => xml.replace(/<ijw:Identificatie>[^<]*</, `<ijw:Identificatie>${id}<`);

const deps = standaardDeps({ bronnen: { ...standaardDeps().bronnen, vandaag: () => '2026-04-02' } });
const db = useTestDatabase();
// The official examples' municipality and provider, with a contract (the care handlers in integration/flows/handlers need them).
beforeAll(async () => {
  await seedInkoop(db.pool, '0384', '42420001');
});

async function bericht(id: string) {
  return (await db.pool.query(`SELECT *, id::text, heenbericht_id::text, retourbericht_id::text FROM bericht WHERE id = $1`, [id])).rows[0];
}

test('a JW315 is validated and answered with one XSD-valid JW316 in the outbox', async () => {
  const r = await receive(db.pool, metId(jw315, 'P1'), { kanaal: 'test' });
  const v = await verwerkVolgende(db.pool, deps);
  expect(v).toMatchObject({ id: r.id, status: 'processed', retourcodes: ['0200'] });
  const heen = await bericht(r.id);
  expect(heen.status).toBe('processed');
  const retour = await bericht(heen.retourbericht_id);
  expect(retour).toMatchObject({ richting: 'uit', type: 'JW316', status: 'validated', heenbericht_id: r.id, afzender: '0384', ontvanger: '42420001' });
  const d = await decode(retour.raw);
  expect(d.bevindingen).toEqual([]);
  const ob = await db.pool.query(`SELECT ontvanger, status FROM outbox WHERE bericht_id = $1`, [retour.id]);
  expect(ob.rows).toEqual([{ ontvanger: '42420001', status: 'pending' }]);
  expect(await verwerkVolgende(db.pool, deps)).toBeNull();
});

test('a redelivery re-sends the original retour and is not processed again', async () => {
  const r = await receive(db.pool, metId(jw315, 'P1'), { kanaal: 'test' });
  expect(r).toMatchObject({ soort: 'herlevering', status: 'processed', herzonden: true });
  expect(await verwerkVolgende(db.pool, deps)).toBeNull();
  const n = await db.pool.query(`SELECT count(*)::int n FROM bericht WHERE heenbericht_id = $1 AND richting = 'uit'`, [r.id]);
  expect(n.rows[0].n).toBe(1);
  const ob = await db.pool.query(`SELECT count(*)::int n FROM outbox o JOIN bericht b ON b.id = o.bericht_id WHERE b.heenbericht_id = $1`, [r.id]);
  expect(ob.rows[0].n).toBe(2);
});

test('a real duplicate identification is rejected with 9056 in its own retour', async () => {
  const r = await receive(db.pool, metId(jw315, 'P1').replace('Client Commentaar', 'anders'), { kanaal: 'test' });
  const v = await verwerkVolgende(db.pool, deps);
  expect(v).toMatchObject({ id: r.id, status: 'rejected', retourcodes: ['9056'] });
  const retour = await bericht(v!.retourberichtId!);
  expect(retour.raw.toString()).toContain('<jw316:RetourCode>9056</jw316:RetourCode>');
  expect((await decode(retour.raw)).bevindingen).toEqual([]);
});

test('an XSD-invalid message is rejected with 0001 and still answered', async () => {
  const r = await receive(db.pool, metId(jw315, 'P2').replace('<jw315:Bsn>999900006</jw315:Bsn>', ''), { kanaal: 'test' });
  const v = await verwerkVolgende(db.pool, deps);
  expect(v).toMatchObject({ id: r.id, status: 'rejected', retourcodes: ['0001'] });
  expect(v!.retourberichtId).not.toBeNull();
});

test('garbage is stored and rejected without a retour', async () => {
  const r = await receive(db.pool, '<niet-ijw/>', { kanaal: 'test' });
  const v = await verwerkVolgende(db.pool, deps);
  expect(v).toMatchObject({ id: r.id, status: 'rejected', retourberichtId: null });
});

test('a handler that throws rolls everything back; after MAX_POGINGEN the message is rejected with 0001', async () => {
  let calls = 0;
  const kapot = standaardDeps({
    handlers: { JW315: { type: 'JW315', handle: async (_b, ctx) => { calls++; await ctx.db.query(`SELECT 1`); throw new Error('boem'); } } },
  });
  const r = await receive(db.pool, metId(jw315, 'P3'), { kanaal: 'test' });
  for (let i = 1; i < MAX_POGINGEN; i++) {
    await expect(verwerkVolgende(db.pool, kapot)).rejects.toThrow('boem');
    const b = await bericht(r.id);
    expect(b).toMatchObject({ status: 'received', retourbericht_id: null, verwerk_pogingen: i });
  }
  const laatste = await verwerkVolgende(db.pool, kapot);
  expect(laatste).toMatchObject({ id: r.id, status: 'rejected', retourcodes: ['0001'] });
  expect(calls).toBe(MAX_POGINGEN);
});

test('handler links are stored in bericht_koppeling, in the same transaction', async () => {
  const metLink = standaardDeps({ handlers: { JW315: { type: 'JW315', handle: async () => ({ clientIds: ['7'], toewijzingIds: ['8', '9'] }) } } });
  const r = await receive(db.pool, metId(jw315, 'P4'), { kanaal: 'test' });
  await verwerkVolgende(db.pool, metLink);
  const k = await db.pool.query(`SELECT client_id::text c, toewijzing_id::text t FROM bericht_koppeling WHERE bericht_id = $1 ORDER BY id`, [r.id]);
  expect(k.rows).toEqual([{ c: '7', t: null }, { c: null, t: '8' }, { c: null, t: '9' }]);
});

test('an outbound JW301 is stored and queued; the provider JW302 acknowledges it with its codes', async () => {
  const jw301 = parseBericht(voorbeeld('JW301')).bericht as any;
  delete jw301.Header.BerichtIdentificatie;
  const uit = await withTransaction(db.pool, (tx) => enqueueUitgaand(tx, 'JW301', jw301, { toewijzingIds: ['8'] }, deps));
  const opgeslagen = await bericht(uit.id);
  expect(opgeslagen).toMatchObject({ richting: 'uit', type: 'JW301', status: 'validated', identificatie: uit.identificatie });
  // The provider's JW302, built with the same IV028 builder: a Header-level finding gives the Header that code.
  const heen = { ...jw301, Header: { ...jw301.Header, BerichtIdentificatie: { Identificatie: uit.identificatie, Dagtekening: uit.dagtekening } } };
  const code8001 = { regel: 'X', retourcode: '8001', klasse: 'Header', klassePad: 'Header', pad: 'Header', melding: '', controleniveau: 'berichtoverstijgend' as const };
  const jw302 = buildRetourXml('JW301', heen, [code8001], { identificatie: 'AGB-R1', dagtekening: '2026-04-03' }).xml!;
  const r = await receive(db.pool, jw302, { kanaal: 'test' });
  const v = await verwerkVolgende(db.pool, deps);
  expect(v).toMatchObject({ id: r.id, status: 'processed', retourcodes: ['8001'] });
  expect(await bericht(uit.id)).toMatchObject({ status: 'acknowledged', retourbericht_id: r.id, retourcodes: ['8001'] });
  expect(await bericht(r.id)).toMatchObject({ heenbericht_id: uit.id, afzender: jw301.Header.Ontvanger });
});

test('two workers over 60 messages: each processed once, each answered once', async () => {
  for (let i = 0; i < 60; i++) await receive(db.pool, metId(jw315, `C${i}`), { kanaal: 'test' });
  const n = await verwerkAlles(db.pool, deps, 2);
  expect(n).toBe(60);
  const q = await db.pool.query(`SELECT count(*)::int n, count(r.id)::int beantwoord, count(DISTINCT r.id)::int uniek
                                 FROM bericht h LEFT JOIN bericht r ON r.heenbericht_id = h.id AND r.richting = 'uit'
                                 WHERE h.identificatie LIKE 'C%' AND h.richting = 'in'`);
  expect(q.rows[0]).toEqual({ n: 60, beantwoord: 60, uniek: 60 });
});
