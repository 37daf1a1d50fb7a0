/**
 * The national-scale generator (integration/nationaal) at a small scale: counts follow schaal.ts, the database accepts
 * every row (its constraints and triggers are the check), the referrer mix and the times follow zorgModel.ts, the
 * ledgers are the pipeline's aggregations of the prestaties, the same seed gives the same rows, and projections rebuilt
 * over the bulk data answer the resolvers' queries with the figures bench:monitoring's base-table queries compute.
 */
import { DoorlooptijdDimensie, doorlooptijdenQuery } from '../api/monitoring/doorlooptijden.sql';
import type { MonitoringScope } from '../api/monitoring/scope';
import { VerwijzingDimensie, verwijzingenQuery } from '../api/monitoring/verwijzingen.sql';
import { doorlooptijdenBasis } from '../bench/monitoring/doorlooptijden.sql';
import { verwijzingenBasis } from '../bench/monitoring/verwijzingen.sql';
import { PROJECTIES } from '../integration/monitoring/projecties';
import { isElfproef } from '../integration/nationaal/bsn';
import { laadInkoop } from '../integration/nationaal/inkoop';
import type { InkoopTelling } from '../integration/nationaal/inkoop';
import { inkoopAantallen } from '../integration/nationaal/schaal';
import { laadZorg } from '../integration/nationaal/zorg';
import type { ZorgTelling } from '../integration/nationaal/zorg';
import { SEGMENT_ZORG, VERWIJZERS } from '../integration/nationaal/zorgModel';
import { pseudoniem } from '../integration/zorg/pseudoniem';
import { useTestDatabase } from './support/db';

const SCHAAL = 0.002;
const SEED = 4242;
const db = useTestDatabase();
let inkoop: InkoopTelling;
let zorg: ZorgTelling;

/** Not a follow-on allocation (a re-indication continues the care of one that ended the day before: no referrer, no wait). */
const GEEN_VERVOLG = `NOT EXISTS (SELECT 1 FROM toewijzing e WHERE e.gemeente_code = t.gemeente_code AND e.client_id = t.client_id
  AND e.product_id = t.product_id AND e.einddatum = t.ingangsdatum - 1)`;

/** Content of the generated tables without load-time columns (created_at …), ordered: equal strings = equal rows. */
async function checksum(): Promise<string> {
  const delen = [
    `SELECT md5(string_agg(concat_ws('|', code, name), ',' ORDER BY code)) FROM region`,
    `SELECT md5(string_agg(concat_ws('|', cbs_code, name, youth_population), ',' ORDER BY cbs_code)) FROM municipality`,
    `SELECT md5(string_agg(concat_ws('|', id, agb_code, kvk_number, name, open_house_status, open_house_admission_date), ',' ORDER BY id)) FROM provider`,
    `SELECT md5(string_agg(concat_ws('|', id, reference, provider_id, segment_id, start_date, end_date, status, lumpsum_per_year_cents), ',' ORDER BY id)) FROM contract`,
    `SELECT md5(string_agg(concat_ws('|', id, contract_id, region_id, product_id, price_cents, valid_from, valid_to, previous_tariff_id), ',' ORDER BY id)) FROM tariff`,
    `SELECT md5(string_agg(concat_ws('|', id, amount_cents), ',' ORDER BY id)) FROM budget`,
    `SELECT md5(string_agg(concat_ws('|', gemeente_code, id, bsn, pseudoniem, geboortedatum), ',' ORDER BY gemeente_code, id)) FROM client`,
    `SELECT md5(string_agg(concat_ws('|', gemeente_code, id, soort, aanbieder_agb, client_id, gevraagd, status, ontvangen_op), ',' ORDER BY gemeente_code, id)) FROM verzoek`,
    `SELECT md5(string_agg(concat_ws('|', gemeente_code, id, toewijzing_nummer, product_id, contract_id, tariff_id, ingangsdatum, einddatum, volume, verzoek_id), ',' ORDER BY gemeente_code, id)) FROM toewijzing`,
    `SELECT md5(string_agg(concat_ws('|', gemeente_code, toewijzing_id, begindatum), ',' ORDER BY gemeente_code, id)) FROM start_product`,
    `SELECT md5(string_agg(concat_ws('|', gemeente_code, toewijzing_id, reden_beeindiging, einddatum), ',' ORDER BY gemeente_code, id)) FROM stop_product`,
    `SELECT md5(string_agg(concat_ws('|', gemeente_code, declaratie_id, volgnummer, toewijzing_id, periode_begin, geleverd_volume, ingediend_cents, toegekend), ',' ORDER BY gemeente_code, declaratie_id, volgnummer)) FROM prestatie`,
    `SELECT md5(string_agg(concat_ws('|', regel, toewijzing_id, bericht_id, uiterlijk), ',' ORDER BY id)) FROM signalering`,
  ];
  const uit: string[] = [];
  for (const q of delen) uit.push((await db.pool.query<{ md5: string }>(q)).rows[0]!.md5);
  return uit.join(':');
}

async function laad(): Promise<void> {
  inkoop = await laadInkoop(db.pool, { schaal: SCHAAL, seed: SEED });
  zorg = await laadZorg(db.pool, { schaal: SCHAAL, seed: SEED });
}

beforeAll(async () => {
  await laad();
}, 300_000);

test('purchasing counts follow schaal.ts: the whole geography, floors per region × segment, national numbers × schaal', async () => {
  const verwacht = inkoopAantallen(SCHAAL);
  const producten = 42 * [...verwacht.productenPerSegment.values()].reduce((a, b) => a + b, 0);
  expect(inkoop).toMatchObject({ regios: 42, gemeenten: 342, segmenten: 294, aanbieders: verwacht.aanbieders, contracten: verwacht.contracten,
    producten, budgetten: 342 * 5 * 4 + 42 * 2 * 4, overgeslagenRegios: [] });
  const { rows: [n] } = await db.pool.query(`SELECT (SELECT count(*) FROM region)::int AS regios, (SELECT count(*) FROM municipality)::int AS gemeenten,
    (SELECT count(*) FROM tariff)::int AS tarieven, (SELECT count(DISTINCT region_id) FROM contract)::int AS regios_met_contract,
    (SELECT count(*) FROM (SELECT 1 FROM segment s LEFT JOIN product p ON p.segment_id = s.id GROUP BY s.id HAVING count(p.id) = 0) x)::int AS segmenten_zonder_product`);
  expect(n).toEqual({ regios: 42, gemeenten: 342, tarieven: inkoop.tariefperioden, regios_met_contract: 42, segmenten_zonder_product: 0 });
  // The demo region's code comes out of the name, so a database with the demo loaded skips it (documented).
  expect((await db.pool.query(`SELECT code FROM region WHERE name = 'Zuid-Holland Zuid'`)).rows).toEqual([{ code: 'ZHZ' }]);
  // Tariffs: every product of a priced (not taakgericht) segment has its harmonised tariff for each of the 4 years, and
  // tendered contracts add their own.
  const { rows: [t] } = await db.pool.query(`SELECT
      (SELECT count(*) FROM tariff WHERE region_id IS NOT NULL)::int AS geharmoniseerd,
      (SELECT 4 * count(*) FROM product p JOIN segment s ON s.id = p.segment_id WHERE s.funding_model <> 'taakgericht')::int AS verwacht,
      (SELECT count(*) FROM tariff WHERE contract_id IS NOT NULL)::int AS contract`);
  expect(t.geharmoniseerd).toBe(t.verwacht);
  expect(t.contract).toBeGreaterThan(0);
});

test('care counts: clients × schaal, every allocation has its history row, declarations booked on the ledgers', async () => {
  expect(zorg.client).toBe(Math.round(800_000 * SCHAAL));
  expect(zorg.toewijzing).toBeGreaterThan(zorg.client);
  expect(zorg.toewijzing_historie).toBe(zorg.toewijzing);
  expect(zorg.prestatie).toBeGreaterThan(5 * zorg.toewijzing);
  const { rows: [r] } = await db.pool.query(`SELECT
      (SELECT count(*) FROM declaratie WHERE status = 'in_verwerking')::int AS open,
      (SELECT count(*) FROM declaratie d WHERE d.ingediend_cents <> (SELECT sum(p.bedrag_getekend_cents) FROM prestatie p
         WHERE p.gemeente_code = d.gemeente_code AND p.declaratie_id = d.id))::int AS scheef,
      (SELECT sum(toegekend_cents) FROM budget_boeking)::text AS budget,
      (SELECT sum(toegekend_cents) FROM contract_boeking)::text AS contract,
      (SELECT sum(toegekend_cents) FROM toewijzing_verbruik)::text AS verbruik,
      (SELECT sum(bedrag_getekend_cents) FILTER (WHERE toegekend) FROM prestatie)::text AS prestaties,
      (SELECT count(*) FROM prestatie WHERE NOT toegekend AND retourcodes <> '{0611}')::int AS andere_afwijzing`);
  expect(r).toEqual({ open: 0, scheef: 0, budget: r.prestaties, contract: r.prestaties, verbruik: r.prestaties, prestaties: r.prestaties,
    andere_afwijzing: 0 });
  expect(BigInt(r.prestaties)).toBeGreaterThan(0n);
});

test('clients: valid BSNs (elfproef), the HMAC pseudonym of the real path', async () => {
  const { rows } = await db.pool.query<{ bsn: string; pseudoniem: string }>(`SELECT bsn, pseudoniem FROM client ORDER BY gemeente_code, id`);
  expect(rows.length).toBe(zorg.client);
  expect(rows.filter((c) => !isElfproef(c.bsn))).toEqual([]);
  for (const c of rows.slice(0, 50)) expect(c.pseudoniem).toBe(pseudoniem(c.bsn));
});

test('referrer mix (COD327) of the first allocations is the model\'s within 5 points', async () => {
  // An allocation's referrer as the projections read it: its JW315's Verwijzer.Type, 01 when decided without a request.
  const { rows } = await db.pool.query<{ type: string; n: number }>(`
    SELECT coalesce(v.gevraagd->'Verwijzer'->>'Type', '01') AS type, count(*)::int AS n
    FROM toewijzing t LEFT JOIN verzoek v ON v.gemeente_code = t.gemeente_code AND v.id = t.verzoek_id
    JOIN contract k ON k.id = t.contract_id JOIN segment s ON s.id = k.segment_id
    WHERE coalesce(v.soort, 'JW315') = 'JW315' AND s.number <> 6 AND ${GEEN_VERVOLG}
    GROUP BY 1`);
  const totaal = rows.reduce((a, r) => a + r.n, 0);
  expect(totaal).toBeGreaterThan(1_000);
  for (const v of VERWIJZERS) {
    const gezien = (rows.find((r) => r.type === v.code)?.n ?? 0) / totaal;
    expect([v.code, Math.abs(gezien - v.aandeel) < 0.05]).toEqual([v.code, true]);
  }
});

test('waiting and treatment times follow the per-segment log-normal medians', async () => {
  const { rows } = await db.pool.query<{ segment: number; wacht: number; n: number }>(`
    SELECT s.number AS segment, percentile_cont(0.5) WITHIN GROUP (ORDER BY sp.begindatum - t.ingangsdatum)::float8 AS wacht, count(*)::int AS n
    FROM toewijzing t JOIN start_product sp ON sp.gemeente_code = t.gemeente_code AND sp.toewijzing_id = t.id
    JOIN contract k ON k.id = t.contract_id JOIN segment s ON s.id = k.segment_id
    WHERE ${GEEN_VERVOLG}
    GROUP BY 1`);
  const seg = (n: number) => rows.find((r) => r.segment === n)!;
  // The big segments have enough allocations at this scale for the median to sit near the model's (starts are
  // reported only when they happened by the data's end, which trims long waits a little).
  for (const n of [3, 4]) {
    expect(seg(n).n).toBeGreaterThan(100);
    expect(seg(n).wacht).toBeGreaterThan(SEGMENT_ZORG[n]!.wachtDagen * 0.6);
    expect(seg(n).wacht).toBeLessThan(SEGMENT_ZORG[n]!.wachtDagen * 1.4);
  }
  // Durations of trajectories that ended (outflow), all segments: the model's medians are 150–330 days; the window
  // (care that began late has not ended yet) shortens what is seen.
  const { rows: [d] } = await db.pool.query(`SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY p.einddatum - p.begindatum)::float8 AS mediaan
    FROM stop_product p WHERE p.reden_beeindiging NOT IN ('36', '37')`);
  expect(d.mediaan).toBeGreaterThan(90);
  expect(d.mediaan).toBeLessThan(330);
});

test('projections rebuilt over the bulk load give the base tables\' figures through the resolvers\' own queries', async () => {
  // The care projections whose rebuild is linear at this scale; the bench (bench:monitoring) compares the others.
  for (const p of PROJECTIES.filter((x) => ['verwijzingen', 'doorlooptijden'].includes(x.naam))) await p.herbouw(db.pool);
  const { rows: regio } = await db.pool.query<{ gemeenten: string[] }>(`SELECT array_agg(m.cbs_code ORDER BY m.cbs_code) AS gemeenten
    FROM municipality m JOIN region r ON r.id = m.region_id WHERE r.code = 'ZHZ'`);
  const { rows: enkele } = await db.pool.query<{ gemeente_code: string }>(`SELECT gemeente_code FROM client GROUP BY 1 ORDER BY count(*) DESC LIMIT 2`);
  const scopes: MonitoringScope[] = [regio[0]!.gemeenten, ...enkele.map((e) => [e.gemeente_code])].map((gemeenten) => ({
    gemeenten, van: '2025-01-01', tot: '2025-12-01', segmentId: null, aanbiederAgb: null, onderdrukken: false }));
  const per = (rows: Record<string, unknown>[], sleutel: string, maten: string[]) =>
    Object.fromEntries(rows.map((r) => [String(r[sleutel]), maten.map((m) => Number(r[m]))]));
  for (const scope of scopes) {
    const proj = await db.pool.query(verwijzingenQuery(scope, [VerwijzingDimensie.VERWIJZER_TYPE]).text,
      verwijzingenQuery(scope, [VerwijzingDimensie.VERWIJZER_TYPE]).values);
    const basis = verwijzingenBasis(scope.gemeenten, scope.van!, scope.tot!, null);
    const maten = ['verzoeken', 'toewijzingen', 'uniekeJeugdigen'];
    expect(proj.rows.length).toBeGreaterThan(2);
    expect(per(proj.rows, 'verwijzerType', maten)).toEqual(per((await db.pool.query(basis.text, basis.values)).rows, 'sleutel', maten));

    const q = doorlooptijdenQuery(scope, [DoorlooptijdDimensie.SEGMENT]);
    const d = doorlooptijdenBasis(scope.gemeenten, scope.van!, scope.tot!, null);
    expect(per((await db.pool.query(q.text, q.values)).rows, 'segmentId', ['trajecten', 'wachttijdMediaan']))
      .toEqual(per((await db.pool.query(d.text, d.values)).rows, 'sleutel', ['trajecten', 'wachttijdMediaan']));
  }
}, 300_000);

test('the same seed and schaal give the same rows', async () => {
  const eerste = await checksum();
  await db.pool.query(`TRUNCATE region, municipality, provider, segment, contract, product, tariff, budget, client, verzoek, toewijzing,
    toewijzing_historie, start_product, stop_product, declaratie, prestatie, budget_boeking, contract_boeking, toewijzing_verbruik, signalering,
    bericht_koppeling, outbox, bericht RESTART IDENTITY CASCADE`);
  await laad();
  expect(await checksum()).toBe(eerste);
}, 300_000);
