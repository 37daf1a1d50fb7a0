/**
 * The cross-message rules on a JW317 change request that compare a TeWijzigenProduct with its allocation (TR357, TR373,
 * TR375, TR411, TR412), the overlap rule TR361, and TR385 on our JW301 (no removal of an allocation with approved
 * declarations) — each with a violating and a passing case, real PostgreSQL.
 */
import type pg from 'pg';
import { standaardDeps } from '../integration/flows/standaardDeps';
import type { JW317Bericht } from '../integration/ijw/generated/index.generated';
import { maakBronnen } from '../integration/rules/bronnen';
import { berichtoverstijgendeRegels } from '../integration/rules/berichtoverstijgend';
import { TR357 } from '../integration/rules/berichtoverstijgend/TR357';
import { TR361 } from '../integration/rules/berichtoverstijgend/TR361';
import { TR373 } from '../integration/rules/berichtoverstijgend/TR373';
import { TR375 } from '../integration/rules/berichtoverstijgend/TR375';
import { TR385 } from '../integration/rules/berichtoverstijgend/TR385';
import { TR411 } from '../integration/rules/berichtoverstijgend/TR411';
import { TR412 } from '../integration/rules/berichtoverstijgend/TR412';
import type { JW301 } from '../integration/rules/vorm';
import { withdrawToewijzing } from '../integration/zorg/toewijzingen';
import { useTestDatabase } from './support/db';
import { checkRegel, maakToewijzing, seedInkoop, voorbeeld, type Inkoop } from './zorg.fixtures';

const db = useTestDatabase();
let ink: Inkoop;
const codes = (bs: { retourcode: string; pad: string }[]) => bs.map((b) => `${b.retourcode} ${b.pad}`);
const TW = 'Client.Verzoek.TeWijzigenProducten.TeWijzigenProduct[0]';

/** A JW317 of provider 42420001 to 0384 for `bsn`, dagtekening 2026-04-02. */
function jw317(bsn: string, v: Partial<JW317Bericht['Client']['Verzoek']>): JW317Bericht {
  const b = voorbeeld('JW317');
  b.Header.Afzender = '42420001';
  b.Header.Ontvanger = '0384';
  b.Header.BerichtIdentificatie.Dagtekening = '2026-04-02';
  b.Client.Bsn = bsn;
  b.Client.Verzoek = { ReferentieAanbieder: `W-${bsn}`, RedenVerzoek: '1', ...v };
  return b;
}
const wijzig = (nr: number, over: Record<string, unknown> = {}) => ({ TeWijzigenProducten: { TeWijzigenProduct: [{
  ToewijzingNummer: nr, GewensteIngangsdatum: '2026-05-01', Omvang: { Volume: 3, Eenheid: '04', Frequentie: '2' }, ...over }] } });

beforeAll(async () => {
  ink = await seedInkoop(db.pool, '0384', '42420001');
});

test('every new rule is registered once, on the right message', () => {
  const r = new Map(berichtoverstijgendeRegels.map((x) => [x.code, x]));
  for (const c of ['TR357', 'TR361', 'TR373', 'TR375', 'TR411', 'TR412']) expect(r.get(c)?.berichten).toEqual(['JW317']);
  expect(r.get('TR385')?.berichten).toEqual(['JW301']);
});

describe('TR357 (9357): a change not in the future starts on the allocation\'s ingangsdatum', () => {
  beforeAll(async () => { await maakToewijzing(db.pool, ink, 357001, '357000006', { ingangsdatum: '2026-03-01' }); });
  test('violating: GewensteIngangsdatum on/before the dagtekening but not the ingangsdatum', async () => {
    expect(codes(await checkRegel(TR357, jw317('357000006', wijzig(357001, { GewensteIngangsdatum: '2026-04-02' })), db.pool)))
      .toEqual([`9357 ${TW}.GewensteIngangsdatum`]);
  });
  test('passing: the ingangsdatum itself, or a date after the dagtekening', async () => {
    expect(await checkRegel(TR357, jw317('357000006', wijzig(357001, { GewensteIngangsdatum: '2026-03-01' })), db.pool)).toEqual([]);
    expect(await checkRegel(TR357, jw317('357000006', wijzig(357001, { GewensteIngangsdatum: '2026-04-03' })), db.pool)).toEqual([]);
  });
});

describe('TR373 (9373): a Budget or total change applies from the allocation\'s ingangsdatum', () => {
  beforeAll(async () => {
    await maakToewijzing(db.pool, ink, 373001, '373000005', { ingangsdatum: '2026-03-01' });
    await db.pool.query(`UPDATE toewijzing SET budget_cents = 100000 WHERE toewijzing_nummer = 373001`);
  });
  test('violating: another Budget from a later date; a changed total (Frequentie 6) from a later date', async () => {
    expect(codes(await checkRegel(TR373, jw317('373000005', wijzig(373001, { Budget: 150000, GewensteIngangsdatum: '2026-05-01' })), db.pool)))
      .toEqual([`9373 ${TW}.GewensteIngangsdatum`]);
    expect(codes(await checkRegel(TR373, jw317('373000005', wijzig(373001, { Omvang: { Volume: 40, Eenheid: '04', Frequentie: '6' } })), db.pool)))
      .toEqual([`9373 ${TW}.GewensteIngangsdatum`]);
  });
  test('passing: the same Budget later, or another Budget from the ingangsdatum; a weekly Omvang later', async () => {
    expect(await checkRegel(TR373, jw317('373000005', wijzig(373001, { Budget: 100000 })), db.pool)).toEqual([]);
    expect(await checkRegel(TR373, jw317('373000005', wijzig(373001, { Budget: 150000, GewensteIngangsdatum: '2026-03-01' })), db.pool)).toEqual([]);
    expect(await checkRegel(TR373, jw317('373000005', wijzig(373001)), db.pool)).toEqual([]);
  });
});

describe('TR375 / TR411 / TR412: Omvang follows the allocation\'s Product', () => {
  beforeAll(async () => {
    await maakToewijzing(db.pool, ink, 375001, '375000008'); // 55/55A11: code filled
    await maakToewijzing(db.pool, ink, 375002, '375000100'); // category only
    await db.pool.query(`UPDATE toewijzing SET product_code = NULL, product_id = NULL WHERE toewijzing_nummer = 375002`);
    await maakToewijzing(db.pool, ink, 375003, '375000203'); // no Product (taakgericht)
    await db.pool.query(`UPDATE toewijzing SET product_code = NULL, product_categorie = NULL, product_id = NULL, volume = NULL, eenheid = NULL,
                         frequentie = NULL, budget_cents = 50000 WHERE toewijzing_nummer = 375003`);
  });
  test('TR411 violating: no Omvang for an allocation with a product code; passing with one', async () => {
    expect(codes(await checkRegel(TR411, jw317('375000008', wijzig(375001, { Omvang: undefined, Einddatum: '2026-10-31' })), db.pool)))
      .toEqual([`9411 ${TW}.Omvang`]);
    expect(await checkRegel(TR411, jw317('375000008', wijzig(375001)), db.pool)).toEqual([]);
  });
  test('TR412 violating: an Omvang for an allocation without code; passing with Budget only', async () => {
    expect(codes(await checkRegel(TR412, jw317('375000100', wijzig(375002)), db.pool))).toEqual([`9412 ${TW}.Omvang`]);
    expect(await checkRegel(TR412, jw317('375000100', wijzig(375002, { Omvang: undefined, Budget: 1000 })), db.pool)).toEqual([]);
    expect(await checkRegel(TR412, jw317('375000008', wijzig(375001)), db.pool)).toEqual([]);
  });
  test('TR375 violating: an Omvang for an allocation without Product; passing without (and for one with a category)', async () => {
    expect(codes(await checkRegel(TR375, jw317('375000203', wijzig(375003)), db.pool))).toEqual([`9375 ${TW}.Omvang`]);
    expect(await checkRegel(TR375, jw317('375000203', wijzig(375003, { Omvang: undefined, Budget: 60000 })), db.pool)).toEqual([]);
    expect(await checkRegel(TR375, jw317('375000100', wijzig(375002)), db.pool)).toEqual([]);
  });
});

describe('TR361 (9361): the same product only with periods that do not overlap', () => {
  beforeAll(async () => {
    await maakToewijzing(db.pool, ink, 361001, '361000005', { ingangsdatum: '2026-03-01', einddatum: '2026-06-30' });
  });
  const nieuw = (begin: string, eind: string | undefined, code = '55A11') =>
    ({ NieuweProducten: { NieuwProduct: [{ Product: { Categorie: '55', Code: code }, GewensteIngangsdatum: begin, ...(eind ? { Einddatum: eind } : {}),
      Omvang: { Volume: 1, Eenheid: '04', Frequentie: '2' } }] } });
  test('violating: a new 55A11 overlapping the unchanged one; a new one overlapping the changed Einddatum', async () => {
    const f = await checkRegel(TR361, jw317('361000005', { OngewijzigdeProducten: { OngewijzigdProduct: [{ ToewijzingNummer: 361001 }] }, ...nieuw('2026-06-01', '2026-12-31') }), db.pool);
    expect(codes(f)).toEqual(['9361 Client.Verzoek.NieuweProducten.NieuwProduct[0]']);
    const g = await checkRegel(TR361, jw317('361000005', { ...wijzig(361001, { Einddatum: '2026-09-30' }), ...nieuw('2026-08-01', undefined) }), db.pool);
    expect(codes(g)).toEqual(['9361 Client.Verzoek.NieuweProducten.NieuwProduct[0]']);
  });
  test('passing: a new period after the (shortened) one, or another product code', async () => {
    expect(await checkRegel(TR361, jw317('361000005', { OngewijzigdeProducten: { OngewijzigdProduct: [{ ToewijzingNummer: 361001 }] }, ...nieuw('2026-07-01', '2026-12-31') }), db.pool)).toEqual([]);
    expect(await checkRegel(TR361, jw317('361000005', { ...wijzig(361001, { Einddatum: '2026-05-31' }), ...nieuw('2026-06-01', undefined) }), db.pool)).toEqual([]);
    expect(await checkRegel(TR361, jw317('361000005', { OngewijzigdeProducten: { OngewijzigdProduct: [{ ToewijzingNummer: 361001 }] }, ...nieuw('2026-04-01', undefined, '55A12') }), db.pool)).toEqual([]);
  });
});

describe('TR385 (9385): no removal (13) of an allocation with approved, uncredited declarations', () => {
  let metDeclaratie: string;
  async function prestatie(toewijzingId: string, nr: number, bsn: string, opts: { toegekend: boolean }): Promise<string> {
    const d = await db.pool.query(`INSERT INTO declaratie (gemeente_code, aanbieder_agb, declaratie_nummer, periode_begin, periode_eind, dagtekening, ingediend_cents)
                                   VALUES ('0384', '42420001', $1, '2026-04-01', '2026-04-30', '2026-05-05', 9000) RETURNING id::text`, [`D-${nr}-${Math.random()}`]);
    const p = await db.pool.query(`INSERT INTO prestatie (gemeente_code, declaratie_id, aanbieder_agb, volgnummer, client_volgnummer, prestatie_index, bsn,
        toewijzing_id, toewijzing_nummer, referentie_nummer, product_categorie, product_code, periode_begin, periode_eind, geleverd_volume, eenheid,
        ingediend_cents, debet_credit, toegekend, retourcodes)
      VALUES ('0384', $1, '42420001', 0, 0, 0, $2, $3, $4, $5, '55', '55A11', '2026-04-01', '2026-04-30', 1, '04', 9000, 'D', $6, $7) RETURNING id::text`,
    [d.rows[0].id, bsn, toewijzingId, nr, `P-${nr}-${Math.random()}`, opts.toegekend, opts.toegekend ? [] : ['9338']]);
    return p.rows[0].id;
  }
  const jw301 = (bsn: string, nr: number, reden: string): JW301 => ({ Header: { Afzender: '0384', Ontvanger: '42420001' } as JW301['Header'],
    Client: { Bsn: bsn, ToegewezenProducten: { ToegewezenProduct: [{ ToewijzingNummer: nr, RedenWijziging: reden }] } } });

  beforeAll(async () => {
    metDeclaratie = await maakToewijzing(db.pool, ink, 385001, '385000005');
    await prestatie(metDeclaratie, 385001, '385000005', { toegekend: true });
    const afgewezen = await maakToewijzing(db.pool, ink, 385002, '385000108');
    await prestatie(afgewezen, 385002, '385000108', { toegekend: false });
  });
  test('violating: RedenWijziging 13 on an allocation with an approved debet', async () => {
    expect(codes(await checkRegel(TR385, jw301('385000005', 385001, '13'), db.pool)))
      .toEqual(['9385 Client.ToegewezenProducten.ToegewezenProduct[0].RedenWijziging']);
  });
  test('passing: another RedenWijziging; only rejected declarations; the approved debet credited', async () => {
    expect(await checkRegel(TR385, jw301('385000005', 385001, '05'), db.pool)).toEqual([]);
    expect(await checkRegel(TR385, jw301('385000108', 385002, '13'), db.pool)).toEqual([]);
  });
  test('withdrawToewijzing(13) refuses it before sending: IJW_RULE_VIOLATION naming TR385, nothing written', async () => {
    const voor = (await db.pool.query(`SELECT count(*)::int AS n FROM bericht`)).rows[0].n;
    const tx: pg.PoolClient = await db.pool.connect();
    try {
      await tx.query('BEGIN');
      await expect(withdrawToewijzing(tx, { gemeenteCode: '0384', toewijzingId: metDeclaratie, redenWijziging: '13' },
        { uitgaand: standaardDeps({ bronnen: maakBronnen({ vandaag: '2026-04-02' }) }), nu: () => new Date('2026-04-02T09:00:00Z') }))
        .rejects.toMatchObject({ code: 'IJW_RULE_VIOLATION', message: expect.stringContaining('TR385') });
    } finally {
      await tx.query('ROLLBACK');
      tx.release();
    }
    expect((await db.pool.query(`SELECT count(*)::int AS n FROM bericht`)).rows[0].n).toBe(voor);
    await db.pool.query(`UPDATE prestatie SET gecrediteerd_door = id WHERE toewijzing_nummer = 385001`);
    expect(await checkRegel(TR385, jw301('385000005', 385001, '13'), db.pool)).toEqual([]);
  });
});
