/**
 * A JW323 of 100,000 prestaties (25,000 clients × 4 months, every 500th with a wrong tariff), streamed
 * from a generator into the chunked path in one transaction: every prestatie is booked once, the totals,
 * the ledgers and the JW325 agree with each other and with what was declared. Peak RSS of this process is
 * measured and printed (the < 300 MB goal itself is checked by `npm run bench:declarations`).
 */
import { useTestDatabase } from './support/db';
import { maakRegio, maakToewijzingenBulk, AANBIEDER, GEMEENTE } from './declaraties.fixture';
import { jw323Buffers, maandDeclaratie, totaalVan } from '../integration/declaraties/generateJW323';
import { verwerkJW323Stream } from '../integration/declaraties/verwerkJW323';
import { jw325Stukken } from '../integration/declaraties/JW325Writer';
import { validateXsd } from '../integration/ijw/xsdValidator';

const db = useTestDatabase();
const N_CLIENTEN = 25_000;

test('100,000 prestaties in bounded memory, booked all at once, the JW325 reflects the booking', async () => {
  const regio = await maakRegio(db.pool);
  const toewijzingen = await maakToewijzingenBulk(db.pool, { n: N_CLIENTEN, startNummer: 100000, contractId: regio.contractId });
  const d = maandDeclaratie({ afzender: AANBIEDER, ontvanger: GEMEENTE, identificatie: 'GROOT1', nummer: 'GROOT1', maand: '2026-04-01', toewijzingen, foutElke: 500 });
  const totaal = totaalVan(d.clienten());

  const tijden: Record<string, number> = {};
  const t0 = performance.now();
  // The jest worker already holds what earlier test files left behind: measure the growth during this test, not the total.
  const basis = process.memoryUsage().rss;
  let piek = basis;
  const meet = setInterval(() => (piek = Math.max(piek, process.memoryUsage().rss)), 20);
  const tx = await db.pool.connect();
  let jw325 = '';
  try {
    await tx.query('BEGIN');
    const r = await verwerkJW323Stream(tx, jw323Buffers(d), {
      berichtId: null,
      bronnen: { vandaag: () => '2026-05-10', isGemeentecode: () => true, isProductcode: () => undefined },
      tijden,
    });
    expect(r.status).toBe('processed');
    expect(r.aantalPrestaties).toBe(100_000);
    expect(r.chunks).toBeGreaterThan(10);
    const parts: Buffer[] = [];
    for await (const b of jw325Stukken(tx, { afzender: GEMEENTE, ontvanger: AANBIEDER, identificatie: 'A1', dagtekening: '2026-05-10', heenIdentificatie: 'GROOT1', heenDagtekening: d.dagtekening }, { gemeente: GEMEENTE, id: r.declaratie!.id })) parts.push(b);
    jw325 = Buffer.concat(parts).toString('utf8');
    await tx.query('COMMIT');
    const dr = r.declaratie as { id: string; aantal_prestaties: number; aantal_afgewezen: number; ingediend_cents: string; toegekend_cents: string; afgewezen_cents: string; status: string };
    expect(dr).toMatchObject({ status: 'deels_toegekend', aantal_prestaties: 100_000, aantal_afgewezen: 200, ingediend_cents: String(totaal) });
    expect(Number(dr.toegekend_cents) + Number(dr.afgewezen_cents)).toBe(totaal);
    expect(Number(dr.afgewezen_cents)).toBe(200 * 8 * 300 * -1 + 200 * 72000); // 200 × 8 h × 8700
    // the database agrees with the declaration row
    const s = (
      await db.pool.query(
        `SELECT count(*)::int n, count(*) FILTER (WHERE toegekend)::int t, sum(bedrag_getekend_cents) FILTER (WHERE toegekend)::bigint::text tc,
                (SELECT sum(toegekend_cents)::bigint::text FROM budget_boeking WHERE declaratie_id = $1) AS budget,
                (SELECT sum(aantal_prestaties)::int FROM toewijzing_verbruik) AS verbruik
         FROM prestatie WHERE declaratie_id = $1`,
        [dr.id],
      )
    ).rows[0];
    expect(s).toEqual({ n: 100_000, t: 99_800, tc: dr.toegekend_cents, budget: dr.toegekend_cents, verbruik: 99_800 });
  } finally {
    clearInterval(meet);
    tx.release();
  }
  // The JW325: valid, 200 rejected prestaties with 0611, and TR342 holds.
  expect(await validateXsd('JW325', jw325)).toEqual([]);
  expect([...jw325.matchAll(/<jw325:Prestatie>/g)]).toHaveLength(200);
  expect([...jw325.matchAll(/<jw325:RetourCode>0611</g)]).toHaveLength(200);
  const bedragen = [...jw325.matchAll(/<ijw:Bedrag>(\d+)</g)].reduce((a, m) => a + Number(m[1]), 0);
  const totaalIn = Number(/TotaalIngediendBedrag><ijw:TotaalBedrag>(\d+)/.exec(jw325)![1]);
  const toegekend = Number(/TotaalToegekendBedrag><ijw:TotaalBedrag>(\d+)/.exec(jw325)![1]);
  expect(bedragen).toBe(totaalIn - toegekend);
  console.log(`100,000 prestaties: ${(performance.now() - t0).toFixed(0)} ms, peak RSS of the jest worker ${(piek / 1048576).toFixed(0)} MB (+${((piek - basis) / 1048576).toFixed(0)} MB during the test), phases ${JSON.stringify(Object.fromEntries(Object.entries(tijden).map(([k, v]) => [k, Math.round(v)])))}`);
  // A guard against whole-message buffering (decoding the 66 MB message whole grows the heap by ~1 GB); the goal is in
  // the benchmark.
  expect(piek - basis).toBeLessThan(640 * 1048576);
}, 600_000);
