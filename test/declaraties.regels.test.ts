/**
 * Every declaration rule with a violating and a passing prestatie, on real PostgreSQL
 * (allocations, tariffs and earlier declarations as rows; the JW323 through rules + handler).
 */
import { useTestDatabase } from './support/db';
import { maakRegio, maakToewijzing, type Regio } from './declaraties.fixture';
import { declaratie, prestatie, verwerk } from './declaraties.harness';
import { berichtoverstijgendeRegels } from '../integration/rules/berichtoverstijgend/index';
import { JW323_REGELS } from '../integration/declaraties/regels';
import { laatsteVanMaand } from '../integration/declaraties/datums';

const db = useTestDatabase();
let regio: Regio;
let nr = 1000;
const bsn = '999900006';

beforeAll(async () => {
  regio = await maakRegio(db.pool);
});

async function toewijzing(o: Parameters<typeof maakToewijzing>[1] extends infer T ? Partial<T> : never = {}): Promise<number> {
  const nummer = ++nr;
  await maakToewijzing(db.pool, { nummer, bsn, contractId: regio.contractId, ...o });
  return nummer;
}

/** Codes per prestatie, booked (commit) so later tests see it. */
async function codes(...ps: ReturnType<typeof prestatie>[]): Promise<string[][]> {
  const r = await verwerk(db.pool, declaratie([{ bsn, prestaties: ps }]));
  return r.opVolgorde;
}

test('the registry lists every JW323 rule', () => {
  for (const r of JW323_REGELS) expect(berichtoverstijgendeRegels).toContain(r);
});

test('a valid prestatie is approved', async () => {
  const t = await toewijzing();
  expect(await codes(prestatie(t))).toEqual([[]]);
});

test('TR304 8187: Bsn of another client', async () => {
  const t = await toewijzing();
  const r = await verwerk(db.pool, declaratie([{ bsn: '999900018', prestaties: [prestatie(t)] }, { bsn, prestaties: [prestatie(t, { begin: '2026-02-01', eind: '2026-02-28' })] }]));
  expect([...r.codes.values()]).toEqual([['8187'], []]);
});

test('TR307 9307 / TR387: ProductPeriode before Ingangsdatum', async () => {
  const t = await toewijzing({ ingangsdatum: '2026-03-10' });
  expect(await codes(prestatie(t), prestatie(t, { begin: '2026-03-10', productCode: '45A01' }))).toEqual([['9307', '9387'], []]);
});

test('TR308 9308 / TR388: ProductPeriode after Einddatum', async () => {
  const t = await toewijzing({ einddatum: '2026-03-20' });
  const t2 = await toewijzing({ einddatum: '2026-03-20' });
  expect(await codes(prestatie(t), prestatie(t2, { eind: '2026-03-20' }))).toEqual([['9308', '9388'], []]);
});

test('TR314 8021: ReferentieNummer used before, and twice in one message', async () => {
  const t = await toewijzing();
  const eerste = prestatie(t);
  expect(await codes(eerste)).toEqual([[]]);
  const t2 = await toewijzing();
  const nieuw = prestatie(t2, { begin: '2026-02-01', eind: '2026-02-28' });
  expect(await codes(prestatie(t2, { referentieNummer: eerste.referentieNummer }), nieuw, prestatie(t2, { referentieNummer: nieuw.referentieNummer, productCode: '45A01', begin: '2026-01-01', eind: '2026-01-31' }))).toEqual([
    ['8021'],
    [],
    ['8021'],
  ]);
});

test('TR319 9319: ProductPeriode after the DeclaratiePeriode', async () => {
  const t = await toewijzing({ einddatum: '2030-12-31' });
  const d = declaratie([{ bsn, prestaties: [] }]);
  const volgend = new Date(Date.parse(`${d.periodeEind}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const p1 = prestatie(t, { begin: volgend, eind: laatsteVanMaand(volgend) });
  const p2 = prestatie(t, { begin: '2026-02-01', eind: '2026-02-28' });
  const r = await verwerk(db.pool, { ...d, clienten: () => [{ bsn, prestaties: [p1, p2] }] });
  expect([r.codes.get(p1.referentieNummer), r.codes.get(p2.referentieNummer)]).toEqual([['9319'], []]);
});

test('TR321 9321: more than the weekly Omvang allows in the ProductPeriode', async () => {
  // 10 hours per week; March 2026 touches 6 calendar weeks (Mon 23 Feb .. Sun 5 Apr) → 60.
  const t = await toewijzing({ volume: 10, frequentie: '2' });
  const t2 = await toewijzing({ volume: 10, frequentie: '2' });
  expect(await codes(prestatie(t, { volume: 61 }), prestatie(t2, { volume: 60 }))).toEqual([['9321'], []]);
});

test('TR321: minutes against an allocation in hours', async () => {
  const t = await toewijzing({ volume: 1, frequentie: '4' }); // 1 hour per month
  expect(await codes(prestatie(t, { eenheid: '01', volume: 61, tarief: 150, bedrag: 9150 }))).toEqual([['9321']]);
  const t2 = await toewijzing({ volume: 1, frequentie: '4' });
  expect(await codes(prestatie(t2, { eenheid: '01', volume: 60, tarief: 150, bedrag: 9000 }))).toEqual([[]]);
});

test('TR322 9322: the sum over the allocation exceeds the total Omvang', async () => {
  const t = await toewijzing({ volume: 100, frequentie: '6' });
  expect(await codes(prestatie(t, { volume: 60, begin: '2026-02-01', eind: '2026-02-28' }), prestatie(t, { volume: 40 }))).toEqual([[], []]);
  const t2 = await toewijzing({ volume: 100, frequentie: '6' });
  expect(await codes(prestatie(t2, { volume: 60, begin: '2026-02-01', eind: '2026-02-28' }))).toEqual([[]]);
  // the earlier message's 60 is booked on the allocation: 60 + 41 > 100
  expect(await codes(prestatie(t2, { volume: 41 }))).toEqual([['9322']]);
});

test('TR338 9338: no allocation with that number for this provider', async () => {
  const t = await toewijzing();
  expect(await codes(prestatie(987654), prestatie(t))).toEqual([['9338'], []]);
});

test('TR339 9339 / TR340 9340: category and code as allocated', async () => {
  const t1 = await toewijzing({ categorie: '44', code: null });
  const t2 = await toewijzing({ categorie: '45', code: '45A02', eenheid: '04' });
  const t3 = await toewijzing({ categorie: '45', code: null });
  expect(await codes(prestatie(t1), prestatie(t2), prestatie(t3))).toEqual([['9339'], ['9340'], []]);
});

test('TR341 9341: unit as allocated (minutes allowed against hours)', async () => {
  const t = await toewijzing();
  const t2 = await toewijzing();
  expect(await codes(prestatie(t, { eenheid: '14' }), prestatie(t2, { eenheid: '01', volume: 480, tarief: 150, bedrag: 72000 }))).toEqual([['9341'], []]);
});

test('TR369 9369: sum above the allocated budget', async () => {
  const t = await toewijzing({ volume: null, budgetCents: 50000, code: '45A03' });
  const t2 = await toewijzing({ volume: null, budgetCents: 50000, code: '45A03' });
  const euro = (n: number, b: number) => prestatie(n, { productCode: '45A03', eenheid: '83', volume: b, bedrag: b, tarief: undefined });
  expect(await codes(euro(t, 50001), euro(t2, 50000))).toEqual([['9369'], []]);
});

test('TR384 9384: no declaring on a deleted allocation', async () => {
  const t = await toewijzing({ ingangsdatum: '2026-03-01', redenWijziging: '13' });
  const t2 = await toewijzing({ ingangsdatum: '2026-03-01', einddatum: '2026-03-01' });
  expect(await codes(prestatie(t, { eind: '2026-03-01' }), prestatie(t2, { eind: '2026-03-01' }))).toEqual([['9384'], []]);
});

test('TR387 9387 / TR388 9388: ProductPeriode is the calendar month', async () => {
  const t = await toewijzing();
  const t2 = await toewijzing();
  expect(await codes(prestatie(t, { begin: '2026-03-02' }), prestatie(t2, { eind: '2026-03-30' }))).toEqual([['9387'], ['9388']]);
});

test('TR418 0611: ProductTarief is the contract tariff (contract beats region, valid in the period)', async () => {
  const t = await toewijzing();
  const t2 = await toewijzing();
  const t3 = await toewijzing();
  // 8700 was the 2025 contract tariff, 8000 the region's: in 2026 only 9000 is right.
  expect(await codes(prestatie(t, { tarief: 8700 }), prestatie(t2, { tarief: 8000 }), prestatie(t3, { tarief: 9000 }))).toEqual([['0611'], ['0611'], []]);
});

test('TR418: a tariff change in the middle of the month takes effect from the next ProductPeriode', async () => {
  // 45A02 (etmaal, region tariff): 25000 until 2026-03-15, 26000 from 2026-03-16.
  const o = { categorie: '45', code: '45A02', eenheid: '14', frequentie: '4', volume: 31 } as const;
  const [a, b, c, d] = [await toewijzing(o), await toewijzing(o), await toewijzing(o), await toewijzing({ ...o, ingangsdatum: '2026-03-20' })];
  const etmaal = (n: number, tarief: number, extra = {}) => prestatie(n, { productCode: '45A02', eenheid: '14', volume: 2, tarief, ...extra });
  expect(
    await codes(
      etmaal(a, 25000), // March: the tariff valid on 1 March
      etmaal(b, 26000), // the new tariff is not yet valid for the March period
      etmaal(c, 26000, { begin: '2026-02-01', eind: '2026-02-28' }), // February: old tariff only
      etmaal(d, 26000, { begin: '2026-03-20' }), // allocation starts after the change: new tariff
    ),
  ).toEqual([[], ['0611'], ['0611'], []]);
});

describe('credit and debit', () => {
  test('TR323 8017 / TR390 9390 / TR389 9389', async () => {
    const t = await toewijzing();
    const debet = prestatie(t, { begin: '2026-02-01', eind: '2026-02-28' });
    expect(await codes(debet)).toEqual([[]]);
    // a second debet for the same period, product and allocation: 9389
    expect(await codes(prestatie(t, { begin: '2026-02-01', eind: '2026-02-28' }))).toEqual([['9389']]);
    // a credit without a matching approved debet: 8017 (unknown reference; different amount)
    const fout1 = prestatie(t, { dc: 'C', vorigReferentieNummer: 'BESTAATNIET' });
    const fout2 = prestatie(t, { ...debet, referentieNummer: 'X' + debet.referentieNummer, dc: 'C', vorigReferentieNummer: debet.referentieNummer, volume: 7, bedrag: 63000 });
    expect(await codes(fout1, fout2)).toEqual([['8017'], ['8017']]);
    // credit of the debet + a corrected debet for the same period in one message: both approved
    const credit = { ...debet, referentieNummer: 'C' + debet.referentieNummer, vorigReferentieNummer: debet.referentieNummer, dc: 'C' as const };
    const correctie = prestatie(t, { begin: '2026-02-01', eind: '2026-02-28', volume: 6 });
    expect(await codes(correctie, credit)).toEqual([[], []]);
    // crediting the same debet again: 9390
    expect(await codes({ ...credit, referentieNummer: 'D' + debet.referentieNummer })).toEqual([['9390']]);
    const rows = (
      await db.pool.query(
        `SELECT referentie_nummer, toegekend, gecrediteerd_door IS NOT NULL AS gecrediteerd FROM prestatie WHERE referentie_nummer = ANY($1) ORDER BY id`,
        [[debet.referentieNummer, credit.referentieNummer, correctie.referentieNummer]],
      )
    ).rows;
    expect(rows).toEqual([
      { referentie_nummer: debet.referentieNummer, toegekend: true, gecrediteerd: true },
      { referentie_nummer: correctie.referentieNummer, toegekend: true, gecrediteerd: false },
      { referentie_nummer: credit.referentieNummer, toegekend: true, gecrediteerd: false },
    ]);
    // allocation use: 8 − 8 + 6 hours, 54000 cents
    const v = (await db.pool.query(`SELECT v.volume::float8 AS volume, v.toegekend_cents::int AS cents FROM toewijzing_verbruik v JOIN toewijzing t ON t.id = v.toewijzing_id WHERE t.toewijzing_nummer = $1`, [t])).rows[0];
    expect(v).toEqual({ volume: 6, cents: 54000 });
  });
});

describe('Declaratie class', () => {
  test('TR333 9333: a duplicate DeclaratieNummer refuses the declaration (TotaalToegekendBedrag 0)', async () => {
    const t = await toewijzing();
    const d1 = declaratie([{ bsn, prestaties: [prestatie(t, { begin: '2026-01-01', eind: '2026-01-31' })] }]);
    const r1 = await verwerk(db.pool, d1);
    expect(r1.bevindingen).toEqual([]);
    const d2 = declaratie([{ bsn, prestaties: [prestatie(t)] }], { nummer: d1.nummer });
    const r2 = await verwerk(db.pool, d2);
    expect(r2.bevindingen.map((b) => [b.regel, b.retourcode, b.klassePad])).toEqual([['TR333', '9333', 'Declaratie']]);
    const d = (await db.pool.query(`SELECT status, retourcodes, toegekend_cents::int AS t FROM declaratie WHERE id = $1`, [r2.declaratieId])).rows[0];
    expect(d).toEqual({ status: 'niet_verwerkt', retourcodes: ['9333'], t: 0 });
    expect(r2.jw325).toContain('<jw325:RetourCode>9333</jw325:RetourCode>');
    expect(r2.jw325).toMatch(/TotaalToegekendBedrag><ijw:TotaalBedrag>0</);
    expect(r2.codes.size).toBe(0);
    // the same number is free again for another provider
  });

  test('TR318 8214: the DeclaratiePeriode must follow the previous one', async () => {
    const agb = '87654321';
    await db.pool.query(`INSERT INTO provider (agb_code, name) VALUES ($1, 'Ander') ON CONFLICT DO NOTHING`, [agb]);
    const feb = declaratie([{ bsn: '999900018', prestaties: [prestatie(999001, { begin: '2026-01-01', eind: '2026-01-31' })] }], { afzender: agb, periodeBegin: '2026-02-01', periodeEind: '2026-02-28' });
    expect((await verwerk(db.pool, feb)).bevindingen.map((b) => b.regel)).toEqual(['TR338']);
    const nogmaalsFeb = declaratie([{ bsn: '999900018', prestaties: [prestatie(999001, { begin: '2026-01-01', eind: '2026-01-31' })] }], { afzender: agb, periodeBegin: '2026-02-01', periodeEind: '2026-02-28' });
    expect((await verwerk(db.pool, nogmaalsFeb)).bevindingen.map((b) => [b.regel, b.retourcode])).toEqual([['TR318', '8214']]);
    // April after February: March is skipped, no care was delivered (no starts): allowed
    const apr = declaratie([{ bsn: '999900018', prestaties: [prestatie(999001, { begin: '2026-01-01', eind: '2026-01-31' })] }], { afzender: agb, periodeBegin: '2026-04-01', periodeEind: '2026-04-30' });
    expect((await verwerk(db.pool, apr)).bevindingen.map((b) => b.regel)).toEqual(['TR338']);
  });
});
