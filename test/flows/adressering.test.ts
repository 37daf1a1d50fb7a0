/**
 * ADRESSERING (integration/rules/berichtoverstijgend/ADRESSERING.ts): an inbound heenbericht for a municipality that is
 * on the CBS list but not on this platform, or from a provider we do not know, is rejected at once (first attempt, no
 * exception, no retries) with 0001 on the Header of its retour, and nothing is written to the care tables.
 */
import { decode } from '../../integration/ijw/decode';
import { verwerkVolgende } from '../../integration/flows/pipeline';
import { receive } from '../../integration/flows/receive';
import { standaardDeps } from '../../integration/flows/standaardDeps';
import { ADRESSERING } from '../../integration/rules/berichtoverstijgend/ADRESSERING';
import { useTestDatabase } from '../support/db';
import { ijwVoorbeeld } from '../support/fixtures';
import { checkRegel, seedInkoop } from '../zorg.fixtures';

const deps = standaardDeps({ bronnen: { ...standaardDeps().bronnen, vandaag: () => '2026-04-02' } });
const db = useTestDatabase();
const metId = (xml: string, id: string) => xml.replace(/<ijw:Identificatie>[^<]*</, `<ijw:Identificatie>${id}<`);
const veld = (xml: string, naam: 'Afzender' | 'Ontvanger', waarde: string) => xml.replace(new RegExp(`(<(\\w+):${naam}>)[^<]*<`), `$1${waarde}<`);

beforeAll(async () => {
  await seedInkoop(db.pool, '0384', '42420001');
  // 0363 (Amsterdam) is a current CBS code, but not a municipality on this platform; 65656055 is not a provider here.
  expect((await db.pool.query(`SELECT count(*)::int n FROM municipality WHERE cbs_code = '0363'`)).rows[0].n).toBe(0);
  expect((await db.pool.query(`SELECT count(*)::int n FROM provider WHERE agb_code = '65656055'`)).rows[0].n).toBe(0);
});

async function rij(id: string) {
  return (await db.pool.query(`SELECT status, retourcodes, bevindingen, verwerk_pogingen, laatste_fout, retourbericht_id::text FROM bericht WHERE id = $1`, [id])).rows[0];
}

async function verwerkEnkel(xml: string) {
  const r = await receive(db.pool, xml, { kanaal: 'test' });
  const v = await verwerkVolgende(db.pool, deps);
  expect(v).toMatchObject({ id: r.id, status: 'rejected', retourcodes: ['0001'] });
  const heen = await rij(r.id);
  expect(heen).toMatchObject({ status: 'rejected', retourcodes: ['0001'], verwerk_pogingen: 0, laatste_fout: null });
  const retour = (await db.pool.query(`SELECT raw FROM bericht WHERE id = $1`, [heen.retourbericht_id])).rows[0].raw as Buffer;
  expect((await decode(retour)).bevindingen).toEqual([]);
  return { heen, retour: retour.toString('utf8') };
}

test('a JW315 for a valid CBS municipality that is not ours: 0001 on the Header at the first attempt, nothing recorded', async () => {
  const { heen, retour } = await verwerkEnkel(veld(metId(ijwVoorbeeld('JW315'), 'A1'), 'Ontvanger', '0363'));
  expect(heen.bevindingen).toEqual([expect.objectContaining({
    regel: 'ADRESSERING', retourcode: '0001', klasse: 'Header', klassePad: 'Header', pad: 'Header.Ontvanger', controleniveau: 'berichtoverstijgend',
    melding: expect.stringContaining('Ontvanger 0363'),
  })]);
  // IV028: a finding on the Header → the retour is the Header with that code only.
  expect(retour).toMatch(/<jw316:Header>[\s\S]*<jw316:RetourCode>0001<\/jw316:RetourCode>[\s\S]*<\/jw316:Header>/);
  expect(retour).not.toContain('<jw316:Client>');
  expect((await db.pool.query(`SELECT count(*)::int n FROM client WHERE gemeente_code = '0363'`)).rows[0].n).toBe(0);
  expect((await db.pool.query(`SELECT count(*)::int n FROM verzoek`)).rows[0].n).toBe(0);
});

test('a JW315 from a provider we do not know: 0001, melding names the Afzender', async () => {
  const { heen } = await verwerkEnkel(veld(metId(ijwVoorbeeld('JW315'), 'A2'), 'Afzender', '65656055'));
  expect(heen.bevindingen).toEqual([expect.objectContaining({ regel: 'ADRESSERING', retourcode: '0001', pad: 'Header.Afzender',
    melding: expect.stringContaining('Afzender 65656055') })]);
  expect((await db.pool.query(`SELECT count(*)::int n FROM verzoek`)).rows[0].n).toBe(0);
});

test('the official JW305 (0363, 65656055: neither known) is rejected with both findings on the Header', async () => {
  const { heen } = await verwerkEnkel(metId(ijwVoorbeeld('JW305'), 'A3'));
  // Only the gate's findings: no 8848/9019 about the content of a message that is not ours.
  expect((heen.bevindingen as { regel: string; pad: string }[]).map((b) => `${b.regel} ${b.pad}`))
    .toEqual(['ADRESSERING Header.Ontvanger', 'ADRESSERING Header.Afzender']);
  expect((await db.pool.query(`SELECT count(*)::int n FROM start_product`)).rows[0].n).toBe(0);
});

test('a JW323 (streaming branch) for a municipality that is not ours: JW325 Header 0001, no declaratie booked', async () => {
  const { heen, retour } = await verwerkEnkel(veld(veld(metId(ijwVoorbeeld('JW323'), 'A4'), 'Ontvanger', '0363'), 'Afzender', '42420001'));
  expect(heen.bevindingen).toEqual([expect.objectContaining({ regel: 'ADRESSERING', klassePad: 'Header', pad: 'Header.Ontvanger' })]);
  expect(retour).toMatch(/<jw325:RetourCode>0001<\/jw325:RetourCode>/);
  expect((await db.pool.query(`SELECT count(*)::int n FROM declaratie`)).rows[0].n).toBe(0);
});

test('no finding for our municipality and a known provider; an Ontvanger off the CBS list is left to TR378 (S300)', async () => {
  const b = (await decode(ijwVoorbeeld('JW315'))).bericht as { Header: { Ontvanger: string } };
  expect(await checkRegel(ADRESSERING, b, db.pool)).toEqual([]);
  b.Header.Ontvanger = '0001'; // not a CBS code
  const gevonden: string[] = [];
  await ADRESSERING.check(b, { db: db.pool, bronnen: deps.bronnen, report: (m) => gevonden.push(m.pad) });
  expect(gevonden).toEqual([]);
  b.Header.Ontvanger = '0363'; // the same check with the real CBS list does report a CBS municipality that is not ours
  await ADRESSERING.check(b, { db: db.pool, bronnen: deps.bronnen, report: (m) => gevonden.push(m.pad) });
  expect(gevonden).toEqual(['Header.Ontvanger']);
});
