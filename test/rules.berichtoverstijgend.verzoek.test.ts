/**
 * Requests and answers: JW315/JW317 handlers, the decision service (JW319 onderzoek/afwijzen, JW301 toewijzen) and the
 * cross-message rules on JW315, JW317, JW319 and JW301 — each with a violating and a passing case, real PostgreSQL.
 */
import type pg from 'pg';
import { JW315Handler } from '../integration/flows/handlers/JW315';
import { JW317Handler } from '../integration/flows/handlers/JW317';
import { standaardDeps } from '../integration/flows/standaardDeps';
import { withTransaction } from '../integration/flows/transaction';
import type { JW317Bericht } from '../integration/ijw/generated/index.generated';
import { maakBronnen } from '../integration/rules/bronnen';
import { TR332 } from '../integration/rules/berichtoverstijgend/TR332';
import { TR347 } from '../integration/rules/berichtoverstijgend/TR347';
import { TR349 } from '../integration/rules/berichtoverstijgend/TR349';
import { TR350 } from '../integration/rules/berichtoverstijgend/TR350';
import { TR351 } from '../integration/rules/berichtoverstijgend/TR351';
import { TR355 } from '../integration/rules/berichtoverstijgend/TR355';
import { TR359 } from '../integration/rules/berichtoverstijgend/TR359';
import { TR360 } from '../integration/rules/berichtoverstijgend/TR360';
import { TR365 } from '../integration/rules/berichtoverstijgend/TR365';
import { TR374 } from '../integration/rules/berichtoverstijgend/TR374';
import { TR379 } from '../integration/rules/berichtoverstijgend/TR379';
import type { ZorgOpties } from '../integration/zorg/toewijzingen';
import { allocateVerzoek, investigateVerzoek, rejectVerzoek } from '../integration/zorg/verzoeken';
import { registreerBrpAdres } from '../integration/simulator/gemeente';
import { useTestDatabase } from './support/db';
import { checkRegel, handle, jw315, maakToewijzing, seedInkoop, voorbeeld } from './zorg.fixtures';

const db = useTestDatabase();
const opts: ZorgOpties = { uitgaand: standaardDeps({ bronnen: maakBronnen({ vandaag: '2026-04-02' }) }), nu: () => new Date('2026-04-02T09:00:00Z') };
const codes = (bs: { retourcode: string }[]) => bs.map((b) => b.retourcode);

const inTx = <T>(f: (tx: pg.PoolClient) => Promise<T>) => withTransaction(db.pool, f);

function jw317(bsn: string, ref: string, v: Partial<JW317Bericht['Client']['Verzoek']>): JW317Bericht {
  const b = voorbeeld('JW317');
  b.Header.Afzender = '42420001';
  b.Header.BerichtIdentificatie.Dagtekening = '2026-04-02';
  b.Client.Bsn = bsn;
  b.Client.Verzoek = { ReferentieAanbieder: ref, RedenVerzoek: '1', ...v };
  return b;
}

async function verzoekId(ref: string): Promise<string> {
  return (await db.pool.query(`SELECT id::text FROM verzoek WHERE referentie_aanbieder = $1`, [ref])).rows[0].id;
}

beforeAll(async () => {
  await seedInkoop(db.pool, '0384', '42420001');
});

describe('JW315 → onderzoek → toewijzing (JW301 with the ReferentieAanbieder)', () => {
  const bsn = '300000005';
  test('TR347/TR374 pass on a first request; the handler records one verzoek per AangevraagdProduct', async () => {
    const b = jw315(bsn, ['R-1', 'R-2']);
    expect(await checkRegel(TR347, b, db.pool)).toEqual([]);
    expect(await checkRegel(TR374, b, db.pool)).toEqual([]);
    await handle(db.pool, JW315Handler, b);
    const v = await db.pool.query(`SELECT referentie_aanbieder, status FROM verzoek WHERE aanbieder_agb = '42420001' ORDER BY id`);
    expect(v.rows).toEqual([{ referentie_aanbieder: 'R-1', status: 'ontvangen' }, { referentie_aanbieder: 'R-2', status: 'ontvangen' }]);
  });
  test('TR347 (9347): a reference used before is rejected on the AangevraagdProduct', async () => {
    const f = await checkRegel(TR347, jw315('300000091', ['R-2']), db.pool);
    expect(f).toEqual([expect.objectContaining({ retourcode: '9347', klassePad: 'Client.AangevraagdeProducten.AangevraagdProduct[0]' })]);
  });
  test('TR374 (9374): another request while one is open is rejected', async () => {
    expect(codes(await checkRegel(TR374, jw315(bsn, ['R-3']), db.pool))).toEqual(['9374']);
  });
  test('onderzoek once (TR360), then allocation; TR359 then forbids an answer', async () => {
    const r1 = await inTx(async (tx) => investigateVerzoek(tx, { gemeenteCode: '0384', verzoekId: await verzoekId('R-1') }, opts));
    expect(r1.verzoek.status).toBe('onderzoek');
    const parsed = (await db.pool.query(`SELECT parsed FROM bericht WHERE id = $1`, [r1.bericht.id])).rows[0].parsed;
    expect(parsed.Antwoord).toEqual({ ReferentieAanbieder: 'R-1', VerzoekAntwoord: '2' });
    await expect(inTx(async (tx) => investigateVerzoek(tx, { gemeenteCode: '0384', verzoekId: await verzoekId('R-1') }, opts)))
      .rejects.toMatchObject({ code: 'IJW_RULE_VIOLATION', message: expect.stringContaining('TR360') });

    await registreerBrpAdres(db.pool, '0384', bsn);
    const t = await inTx(async (tx) => allocateVerzoek(tx, { gemeenteCode: '0384', verzoekId: await verzoekId('R-1') }, opts));
    expect(t.verzoek.status).toBe('toegewezen');
    const p = (await db.pool.query(`SELECT parsed FROM bericht WHERE id = $1`, [t.bericht.id])).rows[0].parsed;
    expect(p.Client.ToegewezenProducten.ToegewezenProduct).toEqual([expect.objectContaining({ ReferentieAanbieder: 'R-1', Einddatum: '2027-06-30' })]);
    expect(p.Client.Naam.Geslachtsnaam.Achternaam).toBe('Wit');
    const antwoord = { Header: { Afzender: '0384', Ontvanger: '42420001' }, Antwoord: { ReferentieAanbieder: 'R-1', VerzoekAntwoord: '1' } };
    expect(codes(await checkRegel(TR359, antwoord, db.pool))).toEqual(['9359']);
    expect(await checkRegel(TR359, { ...antwoord, Antwoord: { ReferentieAanbieder: 'R-2', VerzoekAntwoord: '1' } }, db.pool)).toEqual([]);
  });
  test('reject R-2 (woonplaatsbeginsel); TR365 then forbids any further answer, TR374 sees no open request', async () => {
    await expect(inTx(async (tx) => rejectVerzoek(tx, { gemeenteCode: '0384', verzoekId: await verzoekId('R-2'), redenAfwijzing: '8' }, opts)))
      .rejects.toMatchObject({ code: 'REQUIRED', field: 'input.woonplaatsGemeente' });
    const r = await inTx(async (tx) => rejectVerzoek(tx, { gemeenteCode: '0384', verzoekId: await verzoekId('R-2'), redenAfwijzing: '8', woonplaatsGemeente: '0363' }, opts));
    expect(r.verzoek).toMatchObject({ status: 'afgewezen', reden_afwijzing: '8', woonplaats_gemeente: '0363' });
    const antwoord = { Header: { Afzender: '0384', Ontvanger: '42420001' }, Antwoord: { ReferentieAanbieder: 'R-2', VerzoekAntwoord: '2' } };
    expect(codes(await checkRegel(TR365, antwoord, db.pool))).toEqual(['9365']);
    expect(codes(await checkRegel(TR360, antwoord, db.pool))).toEqual(['9360']);
    expect(await checkRegel(TR374, jw315(bsn, ['R-4']), db.pool)).toEqual([]);
  });
  test('TR355 (9355): an answer to an unknown reference; TR360/TR365 pass on a fresh request', async () => {
    const onbekend = { Header: { Afzender: '0384', Ontvanger: '42420001' }, Antwoord: { ReferentieAanbieder: 'R-onbekend', VerzoekAntwoord: '2' } };
    expect(codes(await checkRegel(TR355, onbekend, db.pool))).toEqual(['9355']);
    await handle(db.pool, JW315Handler, jw315('300000108', ['R-5']));
    const vers = { ...onbekend, Antwoord: { ReferentieAanbieder: 'R-5', VerzoekAntwoord: '2' } };
    expect(await checkRegel(TR355, vers, db.pool)).toEqual([]);
    expect(await checkRegel(TR360, vers, db.pool)).toEqual([]);
    expect(await checkRegel(TR365, vers, db.pool)).toEqual([]);
  });
});

describe('JW301 own output: TR332, TR379', () => {
  test('TR379 (9379): a reference that is no request of this provider; a real one passes', async () => {
    const b = voorbeeld('JW301');
    b.Client.ToegewezenProducten.ToegewezenProduct = [b.Client.ToegewezenProducten.ToegewezenProduct[0]!];
    b.Client.ToegewezenProducten.ToegewezenProduct[0]!.ReferentieAanbieder = 'R-niet';
    expect(codes(await checkRegel(TR379, b, db.pool))).toEqual(['9379']);
    b.Client.ToegewezenProducten.ToegewezenProduct[0]!.ReferentieAanbieder = 'R-5';
    expect(await checkRegel(TR379, b, db.pool)).toEqual([]);
  });
  test('TR332 (9332): a number that belongs to another client', async () => {
    const ink = await seedInkoop(db.pool, '0384', '42420001');
    await maakToewijzing(db.pool, ink, 300201, '300000054');
    const b = voorbeeld('JW301');
    b.Client.Bsn = '300000157';
    expect(codes(await checkRegel(TR332, b, db.pool))).toEqual(['9332']);
    b.Client.Bsn = '300000054';
    b.Client.ToegewezenProducten.ToegewezenProduct = [b.Client.ToegewezenProducten.ToegewezenProduct[0]!];
    expect(await checkRegel(TR332, b, db.pool)).toEqual([]);
  });
});

describe('JW317: TR349, TR350, TR351 and the allocation of a change request', () => {
  const bsn = '300000017';
  let nrA: number;
  let nrB: number;
  beforeAll(async () => {
    const ink = await seedInkoop(db.pool, '0384', '42420001');
    nrA = 400001;
    nrB = 400002;
    await maakToewijzing(db.pool, ink, nrA, bsn);
    await maakToewijzing(db.pool, ink, nrB, bsn, { code: '55A12' });
  });
  test('TR349 (9349): a current allocation missing; passing with both', async () => {
    expect(codes(await checkRegel(TR349, jw317(bsn, 'W-1', { OngewijzigdeProducten: { OngewijzigdProduct: [{ ToewijzingNummer: nrA }] } }), db.pool))).toEqual(['9349']);
    expect(await checkRegel(TR349, jw317(bsn, 'W-1', {
      OngewijzigdeProducten: { OngewijzigdProduct: [{ ToewijzingNummer: nrA }] },
      TeWijzigenProducten: { TeWijzigenProduct: [{ ToewijzingNummer: nrB, GewensteIngangsdatum: '2026-04-01', Einddatum: '2026-09-30' }] },
    }), db.pool)).toEqual([]);
  });
  test('TR350 (9350) / TR351 (9351): numbers that are no current allocation of this client', async () => {
    const v = jw317(bsn, 'W-1', {
      OngewijzigdeProducten: { OngewijzigdProduct: [{ ToewijzingNummer: 999999 }] },
      TeWijzigenProducten: { TeWijzigenProduct: [{ ToewijzingNummer: 999998, GewensteIngangsdatum: '2026-04-01' }] },
    });
    expect(codes(await checkRegel(TR350, v, db.pool))).toEqual(['9350']);
    expect(codes(await checkRegel(TR351, v, db.pool))).toEqual(['9351']);
    const ok = jw317(bsn, 'W-1', {
      OngewijzigdeProducten: { OngewijzigdProduct: [{ ToewijzingNummer: nrA }] },
      TeWijzigenProducten: { TeWijzigenProduct: [{ ToewijzingNummer: nrB, GewensteIngangsdatum: '2026-04-01' }] },
    });
    expect(await checkRegel(TR350, ok, db.pool)).toEqual([]);
    expect(await checkRegel(TR351, ok, db.pool)).toEqual([]);
  });
  test('allocating a JW317: TeWijzigen shortened with reden 12, every ToegewezenProduct carries the reference (IV093)', async () => {
    await handle(db.pool, JW317Handler, jw317(bsn, 'W-1', {
      OngewijzigdeProducten: { OngewijzigdProduct: [{ ToewijzingNummer: nrA }] },
      TeWijzigenProducten: { TeWijzigenProduct: [{ ToewijzingNummer: nrB, GewensteIngangsdatum: '2026-04-01', Einddatum: '2026-09-30' }] },
    }) as never);
    await registreerBrpAdres(db.pool, '0384', bsn);
    const r = await inTx(async (tx) => allocateVerzoek(tx, { gemeenteCode: '0384', verzoekId: await verzoekId('W-1') }, opts));
    const p = (await db.pool.query(`SELECT parsed FROM bericht WHERE id = $1`, [r.bericht.id])).rows[0].parsed;
    const tps = p.Client.ToegewezenProducten.ToegewezenProduct;
    expect(tps).toHaveLength(2);
    expect(tps.every((t: { ReferentieAanbieder?: string }) => t.ReferentieAanbieder === 'W-1')).toBe(true);
    expect(tps.find((t: { ToewijzingNummer: number }) => t.ToewijzingNummer === nrB)).toMatchObject({ Einddatum: '2026-09-30', RedenWijziging: '12' });
  });
});
