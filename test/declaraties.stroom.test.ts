/**
 * The streaming path: the Client-boundary splitter (chunks are complete, XSD-valid JW323 documents exactly
 * when the message is), and JW323 processing through the pipeline and in chunks: bookings all or nothing,
 * the JW325 (XSD-valid) shows exactly what was booked.
 */
import { decode } from '../integration/ijw/decode';
import { validateXsd } from '../integration/ijw/xsdValidator';
import { splitJW323 } from '../integration/declaraties/splitJW323';
import { verwerkJW323Stream } from '../integration/declaraties/verwerkJW323';
import { schrijfJW325 } from '../integration/declaraties/JW325Writer';
import { jw323Xml, type GenClient } from '../integration/declaraties/generateJW323';
import { receive } from '../integration/flows/receive';
import { verwerkVolgende } from '../integration/flows/pipeline';
import { standaardDeps } from '../integration/flows/standaardDeps';
import { berichtHandlers } from '../integration/flows/handlers/index';
import { useTestDatabase } from './support/db';
import { maakRegio, maakToewijzing, GEMEENTE, type Regio } from './declaraties.fixture';
import { bronnen, declaratie, prestatie } from './declaraties.harness';

const db = useTestDatabase();
let regio: Regio;
let nr = 5000;
const BSNS = ['999900006', '999900018', '999900031', '999900043', '999900055'];

beforeAll(async () => {
  regio = await maakRegio(db.pool);
});

async function clienten(n: number, fout?: (i: number) => Partial<ReturnType<typeof prestatie>>): Promise<GenClient[]> {
  const out: GenClient[] = [];
  for (let i = 0; i < n; i++) {
    const bsn = BSNS[i % BSNS.length]!;
    const t = ++nr;
    await maakToewijzing(db.pool, { nummer: t, bsn, contractId: regio.contractId });
    out.push({ bsn, prestaties: [prestatie(t, { begin: '2026-02-01', eind: '2026-02-28' }), prestatie(t, fout?.(i) ?? {})] });
  }
  return out;
}

async function stukken(xml: string, maxClients: number) {
  const out = [];
  for await (const c of splitJW323([Buffer.from(xml)], { maxClients })) out.push(c);
  return out;
}

describe('splitJW323', () => {
  test('chunks are complete JW323 documents that pass the XSD, and together hold every Client once', async () => {
    const xml = jw323Xml(declaratie(await clienten(7)));
    // feed the bytes in awkward 7-byte pieces: tokens cross every boundary
    const bytes = Buffer.from(xml);
    const pieces = [];
    for (let i = 0; i < bytes.length; i += 7) pieces.push(bytes.subarray(i, i + 7));
    const chunks = [];
    for await (const c of splitJW323(pieces, { maxClients: 3 })) chunks.push(c);
    expect(chunks.map((c) => [c.clientOffset, c.clientCount, c.laatste])).toEqual([[0, 3, false], [3, 3, false], [6, 1, true]]);
    for (const c of chunks) expect(await validateXsd('JW323', c.xml.toString('utf8'))).toEqual([]);
    const bsns = chunks.flatMap((c) => [...c.xml.toString('utf8').matchAll(/<jw323:Bsn>(\d+)</g)].map((m) => m[1]));
    expect(bsns).toEqual([...xml.matchAll(/<jw323:Bsn>(\d+)</g)].map((m) => m[1]));
  });

  test('an invalid Client makes exactly its chunk invalid; a broken suffix the last chunk', async () => {
    const xml = jw323Xml(declaratie(await clienten(4)));
    const kapot = xml.replace(/(<jw323:Client>(?:(?!<\/jw323:Client>)[\s\S])*?)<jw323:Eenheid>04</, (_m, a) => `${a}<jw323:Eenheid>XX<`); // first Client
    const c1 = await stukken(kapot.replace(/<jw323:Client>[\s\S]*?<\/jw323:Client>/, (m) => m), 2);
    expect((await validateXsd('JW323', c1[0]!.xml.toString())).length).toBeGreaterThan(0);
    expect(await validateXsd('JW323', c1[1]!.xml.toString())).toEqual([]);
    const staart = await stukken(xml.replace('</jw323:Declaratie>', '<jw323:Extra/></jw323:Declaratie>'), 2);
    expect(await validateXsd('JW323', staart[0]!.xml.toString())).toEqual([]);
    expect((await validateXsd('JW323', staart[1]!.xml.toString())).length).toBeGreaterThan(0);
  });

  test('refuses DOCTYPE, unbalanced tags and truncated input; comments with tags inside are skipped', async () => {
    const xml = jw323Xml(declaratie(await clienten(2)));
    await expect(stukken(xml.replace('<jw323:Bericht', '<!DOCTYPE x [<!ENTITY a "b">]><jw323:Bericht'), 1)).rejects.toThrow(/DTD/);
    await expect(stukken(xml.replace('</jw323:Clienten>', '</jw323:Clientem>'), 1)).rejects.toThrow(/welgevormd/);
    // inside a Client the splitter only looks for its end tag; libxml2 finds the broken nesting in that chunk
    const binnen = await stukken(xml.replace('</jw323:Bsn>', '</jw323:Bsm>'), 1);
    expect((await validateXsd('JW323', binnen[0]!.xml.toString())).length).toBeGreaterThan(0);
    expect(await validateXsd('JW323', binnen[1]!.xml.toString())).toEqual([]);
    await expect(stukken(xml.slice(0, xml.length - 40), 1)).rejects.toThrow(/welgevormd/);
    const metCommentaar = xml.replace('<jw323:Clienten>', '<jw323:Clienten><!-- </jw323:Client> <jw323:Client> -->');
    const c = await stukken(metCommentaar, 1);
    expect(c.map((x) => x.clientCount)).toEqual([1, 1]);
    for (const x of c) expect(await validateXsd('JW323', x.xml.toString())).toEqual([]);
  });
});

describe('processing in chunks', () => {
  async function tel(declaratieId?: string) {
    const r = await db.pool.query(
      `SELECT (SELECT count(*)::int FROM prestatie WHERE declaratie_id = $1) AS prestaties,
              (SELECT count(*)::int FROM budget_boeking WHERE declaratie_id = $1) AS boekingen`,
      [declaratieId ?? -1],
    );
    return r.rows[0];
  }

  async function stroom(xml: string, maxClients: number) {
    const tx = await db.pool.connect();
    try {
      await tx.query('BEGIN');
      const r = await verwerkJW323Stream(tx, [Buffer.from(xml)], { berichtId: null, bronnen, maxClients });
      let jw325: string | undefined;
      if (r.status === 'processed' && r.declaratie) {
        jw325 = (
          await schrijfJW325(tx, { afzender: GEMEENTE, ontvanger: r.kop!.aanbieder, identificatie: 'A1', dagtekening: '2026-04-10', heenIdentificatie: r.kop!.identificatie, heenDagtekening: r.kop!.dagtekeningBericht }, { gemeente: GEMEENTE, id: r.declaratie.id })
        ).toString();
      }
      await tx.query('COMMIT');
      return { ...r, jw325 };
    } finally {
      tx.release();
    }
  }

  test('TR416 across chunks (a debet repeated in a later chunk) refuses the declaration as a whole, nothing booked', async () => {
    const cs = await clienten(6, (i) => (i === 1 ? { tarief: 8700 } : {}));
    // Client 5 repeats Client 0's March prestatie (other ReferentieNummer): TR389 across chunks.
    cs[5] = { bsn: cs[0]!.bsn, prestaties: [{ ...cs[0]!.prestaties[1]!, referentieNummer: 'DUP-' + cs[0]!.prestaties[1]!.referentieNummer }] };
    // Client 4 reuses a ReferentieNummer of Client 2: TR314 across chunks.
    cs[4]!.prestaties[1] = { ...cs[4]!.prestaties[1]!, referentieNummer: cs[2]!.prestaties[0]!.referentieNummer };
    const r = await stroom(jw323Xml(declaratie(cs)), 2);
    expect(r.chunks).toBe(3);
    // TR416 (one debet per period/product/allocation in a message) also holds across chunks: refused as a whole.
    expect(r.status).toBe('rejected');
    expect(r.bevindingen.map((b) => [b.regel, b.retourcode])).toEqual([['TR416', '0001']]);
    expect(r.declaratie).toBeUndefined();
    expect((await db.pool.query(`SELECT count(*)::int n FROM prestatie WHERE referentie_nummer LIKE 'DUP-%'`)).rows[0].n).toBe(0);
  });

  test('a partly rejected declaration in chunks: JW325 validates and explains the difference (TR342)', async () => {
    const cs = await clienten(5, (i) => (i === 1 ? { tarief: 8700 } : i === 3 ? { begin: '2026-03-02' } : {}));
    cs[4]!.prestaties[1] = { ...cs[4]!.prestaties[1]!, referentieNummer: cs[2]!.prestaties[0]!.referentieNummer };
    const r = await stroom(jw323Xml(declaratie(cs)), 2);
    expect(r.chunks).toBe(3);
    expect(r.bevindingen.map((b) => [b.regel, b.klassePad])).toEqual([
      ['TR418', 'Declaratie.Clienten.Client[1].Prestaties.Prestatie[1]'],
      ['TR387', 'Declaratie.Clienten.Client[3].Prestaties.Prestatie[1]'],
      ['TR314', 'Declaratie.Clienten.Client[4].Prestaties.Prestatie[1]'],
    ]);
    const d = r.declaratie as { ingediend_cents: string; toegekend_cents: string; afgewezen_cents: string; status: string; aantal_prestaties: number };
    expect(d).toMatchObject({ status: 'deels_toegekend', aantal_prestaties: 10, ingediend_cents: String(9 * 72000 + 8 * 8700), toegekend_cents: String(7 * 72000) });
    expect(await tel(r.declaratie!.id)).toEqual({ prestaties: 10, boekingen: 1 });
    const v = await decode(Buffer.from(r.jw325!));
    expect(v.bevindingen).toEqual([]);
    const jw325 = v.bericht as { DeclaratieAntwoord: { TotaalIngediendBedrag: { TotaalBedrag: number }; TotaalToegekendBedrag: { TotaalBedrag: number }; Clienten: { Client: { Prestaties: { Prestatie: { IngediendBedrag: { Bedrag: number }; RetourCodes: { RetourCode: string[] } }[] } }[] }; RetourCodes: { RetourCode: string[] } } };
    const a = jw325.DeclaratieAntwoord;
    const afgewezen = a.Clienten.Client.flatMap((c) => c.Prestaties.Prestatie);
    expect(afgewezen.map((p) => p.RetourCodes.RetourCode)).toEqual([['0611'], ['9387'], ['8021']]);
    expect(afgewezen.reduce((s, p) => s + p.IngediendBedrag.Bedrag, 0)).toBe(a.TotaalIngediendBedrag.TotaalBedrag - a.TotaalToegekendBedrag.TotaalBedrag);
    expect(a.RetourCodes.RetourCode).toEqual(['0200']);
    const budget = (await db.pool.query(`SELECT ingediend_cents::int i, toegekend_cents::int t, afgewezen_cents::int a FROM budget_boeking WHERE declaratie_id = $1`, [r.declaratie!.id])).rows;
    expect(budget).toEqual([{ i: 717600, t: 504000, a: 213600 }]);
  });

  test('all or nothing: an XSD error in the last chunk books nothing', async () => {
    const cs = await clienten(5);
    const xml = jw323Xml(declaratie(cs));
    const laatsteClient = xml.lastIndexOf('<jw323:Eenheid>04<');
    const kapot = xml.slice(0, laatsteClient) + '<jw323:Eenheid>XX<' + xml.slice(laatsteClient + '<jw323:Eenheid>04<'.length);
    const voor = (await db.pool.query(`SELECT count(*)::int n FROM prestatie`)).rows[0].n;
    const r = await stroom(kapot, 2);
    expect(r.status).toBe('rejected');
    expect(r.bevindingen[0]).toMatchObject({ regel: 'XSD', retourcode: '0001' });
    expect((await db.pool.query(`SELECT count(*)::int n FROM prestatie`)).rows[0].n).toBe(voor);
    expect((await db.pool.query(`SELECT count(*)::int n FROM declaratie WHERE declaratie_nummer LIKE 'DN%' AND status = 'in_verwerking'`)).rows[0].n).toBe(0);
  });

  test('TR358 over all chunks: a wrong TotaalIngediendBedrag refuses the message as a whole (level 2), nothing booked', async () => {
    const cs = await clienten(4);
    const r = await stroom(jw323Xml({ ...declaratie(cs), totaalCents: 8 * 72000 + 1 }), 1);
    expect(r.status).toBe('rejected');
    expect(r.bevindingen.map((b) => [b.regel, b.retourcode, b.klassePad])).toEqual([['TR358', '0001', 'Declaratie']]);
    expect(r.declaratie).toBeUndefined();
    const nummer = r.kop!.nummer;
    expect((await db.pool.query(`SELECT count(*)::int n FROM declaratie WHERE declaratie_nummer = $1`, [nummer])).rows[0].n).toBe(0);
  });
});

describe('through the pipeline', () => {
  test('a JW323 is booked and answered with one XSD-valid JW325 in the outbox', async () => {
    const cs = await clienten(3, (i) => (i === 2 ? { tarief: 1 } : {}));
    const d = declaratie(cs);
    const deps = standaardDeps({ handlers: berichtHandlers, bronnen: { ...standaardDeps().bronnen, vandaag: () => '2035-01-01' } });
    const ontvangen = await receive(db.pool, jw323Xml(d), { kanaal: 'test' });
    const v = await verwerkVolgende(db.pool, deps);
    expect(v).toMatchObject({ id: ontvangen.id, status: 'processed', retourcodes: ['0200'] });
    const retour = (await db.pool.query(`SELECT raw, type, ontvanger FROM bericht WHERE id = $1`, [v!.retourberichtId])).rows[0];
    expect(retour).toMatchObject({ type: 'JW325', ontvanger: d.afzender });
    const dec = await decode(retour.raw);
    expect(dec.bevindingen).toEqual([]);
    const a = (dec.bericht as { DeclaratieAntwoord: { TotaalToegekendBedrag: { TotaalBedrag: number } } }).DeclaratieAntwoord;
    expect(a.TotaalToegekendBedrag.TotaalBedrag).toBe(5 * 72000);
    const k = (await db.pool.query(`SELECT declaratie_id::text FROM bericht_koppeling WHERE bericht_id = $1 AND declaratie_id IS NOT NULL`, [ontvangen.id])).rows;
    expect(k).toHaveLength(1);
    expect((await db.pool.query(`SELECT count(*)::int n FROM outbox WHERE bericht_id = $1`, [v!.retourberichtId])).rows[0].n).toBe(1);
  });
});
