/**
 * The allocation service against real PostgreSQL: contract check, contract/tariff recorded, history, and the JW301
 * (stored by enqueueUitgaand, XSD-valid) carrying all current allocations of the client at the provider (OP087).
 */
import { standaardDeps } from '../integration/flows/standaardDeps';
import { maakBronnen } from '../integration/rules/bronnen';
import { brpContact } from '../integration/simulator/gemeente';
import { changeToewijzing, issueToewijzing, shortenToewijzing, withdrawToewijzing, type ZorgOpties } from '../integration/zorg/toewijzingen';
import { useTestDatabase } from './support/db';
import { withTransaction } from '../integration/flows/transaction';
import { enqueueUitgaand, UitgaandBerichtOngeldig } from '../integration/flows/uitgaand';
import { seedInkoop, voorbeeld, type Inkoop } from './zorg.fixtures';

const db = useTestDatabase();
let ink: Inkoop;
const opts: ZorgOpties = {
  uitgaand: standaardDeps({ bronnen: maakBronnen({ vandaag: '2026-04-01' }) }),
  nu: () => new Date('2026-04-01T10:00:00Z'),
};

const basis = (bsn: string) => ({
  gemeenteCode: '0363', aanbiederAgb: '65656055',
  client: { bsn, geboortedatum: '2010-02-14', persoonsgegevens: { Contactgegevens: { Contact: [brpContact('0363', bsn)] } } },
  product: { categorie: '55', code: '55A11' }, ingangsdatum: '2026-04-01', einddatum: '2026-12-31',
  omvang: { volume: 2, eenheid: '04', frequentie: '2' },
});

async function jw301(id: string) {
  const r = await db.pool.query(`SELECT type, richting, status, afzender, ontvanger, parsed FROM bericht WHERE id = $1`, [id]);
  return r.rows[0] as { type: string; richting: string; status: string; afzender: string; ontvanger: string; parsed: any };
}

beforeAll(async () => {
  ink = await seedInkoop(db.pool, '0363', '65656055');
});

test('issue: records contract and tariff, writes history, queues an XSD-valid JW301 in the same transaction', async () => {
  const res = await withTransaction(db.pool, (tx) => issueToewijzing(tx, basis('200000007'), opts));
  const [t] = res.toewijzingen;
  expect(t).toMatchObject({ contract_id: ink.contractId, tariff_id: ink.tariffId, product_id: ink.productId, status: 'actueel',
    ingangsdatum: '2026-04-01', einddatum: '2026-12-31', jw302_status: 'verzonden', laatste_bericht_id: res.bericht.id });
  const b = await jw301(res.bericht.id);
  expect(b).toMatchObject({ type: 'JW301', richting: 'uit', status: 'validated', afzender: '0363', ontvanger: '65656055' });
  expect(b.parsed.Client.Bsn).toBe('200000007');
  expect(b.parsed.Client.ToegewezenProducten.ToegewezenProduct).toEqual([
    expect.objectContaining({ ToewijzingNummer: t!.toewijzing_nummer, Product: { Categorie: '55', Code: '55A11' }, Omvang: { Volume: 2, Eenheid: '04', Frequentie: '2' } }),
  ]);
  expect(b.parsed.Client.ToegewezenProducten.ToegewezenProduct[0].ReferentieAanbieder).toBeUndefined();
  const outbox = await db.pool.query(`SELECT status FROM outbox WHERE bericht_id = $1`, [res.bericht.id]);
  expect(outbox.rows).toEqual([{ status: 'pending' }]);
  const h = await db.pool.query(`SELECT actie, bericht_id::text FROM toewijzing_historie WHERE toewijzing_id = $1`, [t!.id]);
  expect(h.rows).toEqual([{ actie: 'toegewezen', bericht_id: res.bericht.id }]);
});

describe('our own JW301 always passes the provider\'s in-message rules (TR006)', () => {
  const tel = async () => (await db.pool.query(`SELECT (SELECT count(*) FROM client)::int c, (SELECT count(*) FROM toewijzing)::int t,
    (SELECT count(*) FROM toewijzing_historie)::int h, (SELECT count(*) FROM bericht)::int b, (SELECT count(*) FROM outbox)::int o`)).rows[0];

  test('issue for a client without address or phone: CLIENT_ADDRESS_REQUIRED on input.client.adres, nothing written', async () => {
    const voor = await tel();
    await expect(withTransaction(db.pool, (tx) => issueToewijzing(tx, { ...basis('200001140'), client: { bsn: '200001140', geboortedatum: '2010-02-14' } }, opts)))
      .rejects.toMatchObject({ code: 'CLIENT_ADDRESS_REQUIRED', field: 'input.client.adres' });
    expect(await tel()).toEqual(voor);
  });

  test('change for a client whose address is gone: CLIENT_ADDRESS_REQUIRED on client.adres, nothing written', async () => {
    const res = await withTransaction(db.pool, (tx) => issueToewijzing(tx, basis('200001152'), opts));
    await db.pool.query(`UPDATE client SET persoonsgegevens = persoonsgegevens - 'Contactgegevens' WHERE bsn = '200001152'`);
    const voor = await tel();
    await expect(withTransaction(db.pool, (tx) => changeToewijzing(tx, { gemeenteCode: '0363', toewijzingId: res.toewijzingen[0]!.id, redenWijziging: '05',
      omvang: { volume: 3, eenheid: '04', frequentie: '2' } }, opts))).rejects.toMatchObject({ code: 'CLIENT_ADDRESS_REQUIRED', field: 'client.adres' });
    expect(await tel()).toEqual(voor);
  });

  test('enqueueUitgaand runs the in-message rules, not only the XSD: a Contact without Telefoon or Huis + Postcode is TR006, nothing stored', async () => {
    const jw301 = voorbeeld('JW301');
    delete (jw301.Header as { BerichtIdentificatie?: unknown }).BerichtIdentificatie;
    jw301.Client.Contactgegevens = { Contact: [{ Soort: '01' }] } as never;
    const voor = await tel();
    const e = await withTransaction(db.pool, (tx) => enqueueUitgaand(tx, 'JW301', jw301, {}, opts.uitgaand!)).catch((x) => x);
    expect(e).toBeInstanceOf(UitgaandBerichtOngeldig);
    expect((e as UitgaandBerichtOngeldig).bevindingen.map((b) => [b.regel, b.retourcode, b.klassePad])).toEqual([['TR006', '0001', 'Client.Contactgegevens.Contact[0]']]);
    expect(await tel()).toEqual(voor);
  });
});

test('a second allocation for the same client and provider: the JW301 carries both (OP087)', async () => {
  const a = await withTransaction(db.pool, (tx) => issueToewijzing(tx, basis('200000202'), opts));
  const b = await withTransaction(db.pool, (tx) => issueToewijzing(tx, { ...basis('200000202'), product: { categorie: '55', code: '55A12' },
    omvang: { volume: 1, eenheid: '16', frequentie: '2' } }, opts));
  const producten = (await jw301(b.bericht.id)).parsed.Client.ToegewezenProducten.ToegewezenProduct;
  expect(producten.map((p: { ToewijzingNummer: number }) => p.ToewijzingNummer).sort())
    .toEqual([a.toewijzingen[0]!.toewijzing_nummer, b.toewijzingen[0]!.toewijzing_nummer].sort());
});

describe('NO_VALID_CONTRACT', () => {
  test('a provider without a contract: field aanbiederAgb, nothing written', async () => {
    await db.pool.query(`INSERT INTO provider (agb_code, name) VALUES ('11112222', 'Zonder contract') ON CONFLICT DO NOTHING`);
    const voor = (await db.pool.query(`SELECT count(*)::int AS n FROM toewijzing`)).rows[0].n;
    await expect(withTransaction(db.pool, (tx) => issueToewijzing(tx, { ...basis('200000305'), aanbiederAgb: '11112222' }, opts)))
      .rejects.toMatchObject({ code: 'NO_VALID_CONTRACT', field: 'input.aanbiederAgb' });
    expect((await db.pool.query(`SELECT count(*)::int AS n FROM toewijzing`)).rows[0].n).toBe(voor);
    expect((await db.pool.query(`SELECT count(*)::int AS n FROM client WHERE bsn = '200000305'`)).rows[0].n).toBe(0);
  });
  test('a period beyond the contract end (2027-12-31): field einddatum', async () => {
    await expect(withTransaction(db.pool, (tx) => issueToewijzing(tx, { ...basis('200000305'), einddatum: '2028-03-31' }, opts)))
      .rejects.toMatchObject({ code: 'NO_VALID_CONTRACT', field: 'input.einddatum' });
  });
  test('an open-ended allocation needs an open-ended contract', async () => {
    await expect(withTransaction(db.pool, (tx) => issueToewijzing(tx, { ...basis('200000305'), einddatum: null }, opts)))
      .rejects.toMatchObject({ code: 'NO_VALID_CONTRACT', field: 'input.einddatum' });
  });
  test('a product outside the product book: field product', async () => {
    await expect(withTransaction(db.pool, (tx) => issueToewijzing(tx, { ...basis('200000305'), product: { categorie: '55', code: '55Z99' } }, opts)))
      .rejects.toMatchObject({ code: 'NO_VALID_CONTRACT', field: 'input.product' });
  });
  test('a contract that is not active does not count', async () => {
    await db.pool.query(`UPDATE contract SET status = 'suspended' WHERE id = $1`, [ink.contractId]);
    try {
      await expect(withTransaction(db.pool, (tx) => issueToewijzing(tx, basis('200000305'), opts)))
        .rejects.toMatchObject({ code: 'NO_VALID_CONTRACT', field: 'input.aanbiederAgb' });
    } finally {
      await db.pool.query(`UPDATE contract SET status = 'active' WHERE id = $1`, [ink.contractId]);
    }
  });
  test('extending beyond the contract is refused as well', async () => {
    const a = await withTransaction(db.pool, (tx) => issueToewijzing(tx, basis('200000408'), opts));
    await expect(withTransaction(db.pool, (tx) => changeToewijzing(tx, { gemeenteCode: '0363', toewijzingId: a.toewijzingen[0]!.id, einddatum: '2028-06-30', redenWijziging: '04' }, opts)))
      .rejects.toMatchObject({ code: 'NO_VALID_CONTRACT', field: 'input.einddatum' });
  });
});

test('change, shorten and withdraw (13): each sends a JW301 with RedenWijziging; a removed allocation drops out of later JW301s', async () => {
  const a = await withTransaction(db.pool, (tx) => issueToewijzing(tx, basis('200000500'), opts));
  const b = await withTransaction(db.pool, (tx) => issueToewijzing(tx, { ...basis('200000500'), product: { categorie: '55', code: '55A12' } }, opts));
  const idA = a.toewijzingen[0]!.id;
  const idB = b.toewijzingen[0]!.id;

  const c = await withTransaction(db.pool, (tx) => changeToewijzing(tx, { gemeenteCode: '0363', toewijzingId: idA, omvang: { volume: 3, eenheid: '04', frequentie: '2' }, redenWijziging: '12' }, opts));
  expect(c.toewijzingen[0]).toMatchObject({ volume: 3, reden_wijziging: '12', einddatum: '2026-12-31' });

  const s = await withTransaction(db.pool, (tx) => shortenToewijzing(tx, { gemeenteCode: '0363', toewijzingId: idA, einddatum: '2026-09-30', redenWijziging: '05' }, opts));
  const ps = (await jw301(s.bericht.id)).parsed.Client.ToegewezenProducten.ToegewezenProduct;
  expect(ps).toHaveLength(2);
  expect(ps.find((p: any) => p.ToewijzingNummer === a.toewijzingen[0]!.toewijzing_nummer)).toMatchObject({ Einddatum: '2026-09-30', RedenWijziging: '05' });
  await expect(withTransaction(db.pool, (tx) => shortenToewijzing(tx, { gemeenteCode: '0363', toewijzingId: idA, einddatum: '2026-10-31', redenWijziging: '05' }, opts)))
    .rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.einddatum' });

  const w = await withTransaction(db.pool, (tx) => withdrawToewijzing(tx, { gemeenteCode: '0363', toewijzingId: idB, redenWijziging: '13' }, opts));
  expect(w.toewijzingen[0]).toMatchObject({ status: 'verwijderd', einddatum: '2026-04-01', reden_wijziging: '13' });
  const pw = (await jw301(w.bericht.id)).parsed.Client.ToegewezenProducten.ToegewezenProduct;
  expect(pw.find((p: any) => p.ToewijzingNummer === b.toewijzingen[0]!.toewijzing_nummer)).toMatchObject({ RedenWijziging: '13', Einddatum: '2026-04-01' });

  const later = await withTransaction(db.pool, (tx) => changeToewijzing(tx, { gemeenteCode: '0363', toewijzingId: idA, omvang: { volume: 4, eenheid: '04', frequentie: '2' }, redenWijziging: '05' }, opts));
  const pl = (await jw301(later.bericht.id)).parsed.Client.ToegewezenProducten.ToegewezenProduct;
  expect(pl.map((p: any) => p.ToewijzingNummer)).toEqual([a.toewijzingen[0]!.toewijzing_nummer]);
  await expect(withTransaction(db.pool, (tx) => changeToewijzing(tx, { gemeenteCode: '0363', toewijzingId: idB, redenWijziging: '04', einddatum: '2026-12-31' }, opts)))
    .rejects.toMatchObject({ code: 'INVALID_TRANSITION' });

  const h = await db.pool.query(`SELECT actie, reden_wijziging FROM toewijzing_historie WHERE toewijzing_id = $1 ORDER BY id`, [idA]);
  expect(h.rows.map((r) => r.actie)).toEqual(['toegewezen', 'gewijzigd', 'verkort', 'gewijzigd']);
});

test('JW302 for our JW301: 0200 → ontvangen; a rejecting code on one ToegewezenProduct → afgekeurd with its codes', async () => {
  const { JW302Handler } = await import('../integration/flows/handlers/JW302.js');
  const { voorbeeld, handle } = await import('./zorg.fixtures.js');
  const a = await withTransaction(db.pool, (tx) => issueToewijzing(tx, basis('200000603'), opts));
  const b = await withTransaction(db.pool, (tx) => issueToewijzing(tx, { ...basis('200000603'), product: { categorie: '55', code: '55A12' } }, opts));
  const r = voorbeeld('JW302');
  r.Header.Afzender = '0363';
  r.Header.Ontvanger = '65656055';
  r.Header.BerichtIdentificatie = { Identificatie: b.bericht.identificatie, Dagtekening: b.bericht.dagtekening };
  const [tpA, tpB] = [a.toewijzingen[0]!, b.toewijzingen[0]!];
  // The handler reads only the ToegewezenProducten and the RetourCodes (the example JW302 is header-only).
  (r as { Client: unknown }).Client = {
    ToegewezenProducten: { ToegewezenProduct: [
      { ToewijzingNummer: tpA.toewijzing_nummer, RetourCodes: { RetourCode: ['0200'] } },
      { ToewijzingNummer: tpB.toewijzing_nummer, RetourCodes: { RetourCode: ['8001'] } },
    ] },
    RetourCodes: { RetourCode: ['0200'] },
  };
  (r.Header as { RetourCodes?: unknown }).RetourCodes = { RetourCode: ['0200'] };
  await handle(db.pool, JW302Handler, r as never);
  const rows = (await db.pool.query(`SELECT toewijzing_nummer, jw302_status, jw302_retourcodes FROM toewijzing WHERE id = ANY($1::bigint[]) ORDER BY toewijzing_nummer`,
    [[tpA.id, tpB.id]])).rows;
  expect(rows).toEqual([
    { toewijzing_nummer: tpA.toewijzing_nummer, jw302_status: 'ontvangen', jw302_retourcodes: ['0200'] },
    { toewijzing_nummer: tpB.toewijzing_nummer, jw302_status: 'afgekeurd', jw302_retourcodes: ['0200', '8001'] },
  ]);
});
