/**
 * Monitoring §1, §2, §4, §8 on a hand-made scenario through the real path: the provider simulator and Jeugdregie
 * exchange envelopes (JW315 → JW316, JW301 → JW302, JW305, JW307, JW317 → JW318) and the municipality decides with the
 * care services; the projections are filled only by the hooks. Three youths of Dordrecht at one provider:
 *   A: referred by a huisarts (02) for 45A48, started, ended by plan (31) and ended by the municipality (14); back within 12 months, referred by the
 *      municipality's access team (01), for the same product: a recidive and a re-indication;
 *   B: referred by a GI (04) for 45A48 and, overlapping from March, 45A50: stacking;
 *   C: referred by a huisarts for 45A48 until March; the provider asks for more in a JW317: a re-indication via JW317.
 * Asserted over GraphQL with exact figures; a region sees the same cells suppressed (fewer than 5 youths); CSV;
 * EXPLAIN of every monitoring query reads only the projection's index.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServer, type RunningServer } from '../api/server';
import { loadDemoData } from '../api/boot/demoData';
import { monitoringScope } from '../api/monitoring/scope';
import { verwijzingenQuery, VerwijzingDimensie } from '../api/monitoring/verwijzingen.sql';
import { gebruikQuery, GebruikDimensie } from '../api/monitoring/gebruik.sql';
import { doorlooptijdenQuery, DoorlooptijdDimensie } from '../api/monitoring/doorlooptijden.sql';
import { standaardDeps } from '../integration/flows/standaardDeps';
import { withTransaction } from '../integration/flows/transaction';
import { maakBronnen } from '../integration/rules/bronnen';
import { AanbiederSimulator, type Ontvangst } from '../integration/simulator/aanbieder';
import { jeugdregieOpPostbus, type JeugdregiePeer } from '../integration/simulator/inProcess';
import { registreerBrpAdres } from '../integration/simulator/gemeente';
import { directoryTransport } from '../integration/simulator/transport';
import { allocateVerzoek } from '../integration/zorg/verzoeken';
import { herbouwAlles, ververs } from '../integration/monitoring/projecties';
import { leegGeraakt } from '../integration/monitoring/Projectie';
import { shortenToewijzing } from '../integration/zorg/toewijzingen';
import type { Context } from '../api/context';
import { incrementeelEnHerbouwd } from './monitoring.momentopname';
import { useTestDatabase } from './support/db';
import { gqlAls } from './support/rol';

const db = useTestDatabase();
const GEMEENTE = '0505'; // Dordrecht
const X = { categorie: '45', code: '45A48' }; // norm 180 days
const Y = { categorie: '45', code: '45A50' };
const OMVANG_X = { volume: 3, eenheid: '04', frequentie: '2' };
const OMVANG_Y = { volume: 2, eenheid: '16', frequentie: '2' };
const HUISARTS = { Type: '02', ZorgverlenerCode: '01012345' };
const GI = { Type: '04', Naam: 'Jeugdbescherming west' };
const WIJKTEAM = { Type: '01', Naam: 'Sociaal wijkteam' };

let dag = '2026-01-05';
const bronnen = maakBronnen({ vandaag: () => dag });
const deps = standaardDeps({ bronnen });
const zorgOpts = { uitgaand: deps, nu: () => new Date(`${dag}T09:00:00Z`) };
let dir: string;
let jr: JeugdregiePeer;
let sim: AanbiederSimulator;
let server: RunningServer;

async function ronde(): Promise<Ontvangst[]> {
  await jr.pomp();
  const r = await sim.verwerkPost();
  await jr.pomp();
  for (const o of r) expect(o.fout).toBeUndefined();
  for (const o of r) if (o.codes) expect([o.type, o.codes]).toEqual([o.type, []]);
  return r;
}

async function vraag(v: Parameters<AanbiederSimulator['vraagToewijzing']>[0]) {
  const r = await sim.vraagToewijzing(v);
  await ronde();
  return r;
}

/** The municipality honours the request; returns the ToewijzingNummer(s) the JW301 carried for it. */
async function wijsToe(referentie: string): Promise<number[]> {
  const { rows: [v] } = await db.pool.query<{ id: string }>(`SELECT id::text FROM verzoek WHERE referentie_aanbieder = $1`, [referentie]);
  await registreerBrpAdres(db.pool, GEMEENTE, sim.staat.verzoeken[referentie]!.bsn);
  const res = await withTransaction(db.pool, (tx) => allocateVerzoek(tx, { gemeenteCode: GEMEENTE, verzoekId: v!.id }, zorgOpts));
  await ronde();
  return res.toewijzingen.map((t) => t.toewijzing_nummer);
}

async function gql(rol: string, query: string, variables?: Record<string, unknown>): Promise<any> {
  const body = await gqlAls(server.url, rol, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

beforeAll(async () => {
  await loadDemoData(db.dataSource);
  const { rows } = await db.pool.query<{ agb_code: string }>(`
    SELECT pr.agb_code FROM contract c JOIN provider pr ON pr.id = c.provider_id JOIN segment s ON s.id = c.segment_id
    WHERE s.number = 3 AND c.status = 'active' AND c.municipality_id IS NULL AND c.start_date <= '2026-01-01' AND c.end_date >= '2026-12-31'
    ORDER BY pr.agb_code LIMIT 1`);
  const agb = rows[0]!.agb_code;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jr-mon-'));
  jr = jeugdregieOpPostbus(db.pool, dir, deps);
  sim = new AanbiederSimulator({ agb, transport: directoryTransport(dir, agb), seed: 6, vandaag: () => dag, bronnen });

  dag = '2026-01-05';
  const a1 = await vraag({ gemeente: GEMEENTE, product: X, ingangsdatum: '2026-01-12', einddatum: '2026-06-30', omvang: OMVANG_X, verwijzer: HUISARTS });
  const b1 = await vraag({ gemeente: GEMEENTE, product: X, ingangsdatum: '2026-02-01', einddatum: '2026-12-31', omvang: OMVANG_X, verwijzer: GI });
  const c1 = await vraag({ gemeente: GEMEENTE, product: X, ingangsdatum: '2026-01-12', einddatum: '2026-03-31', omvang: OMVANG_X, verwijzer: HUISARTS });
  dag = '2026-01-08';
  const [nrA1] = await wijsToe(a1.referentie);
  await wijsToe(b1.referentie);
  const [nrC1] = await wijsToe(c1.referentie);
  dag = '2026-01-20';
  await sim.start({ gemeente: GEMEENTE, toewijzingNummer: nrA1!, begindatum: '2026-01-20' });
  await ronde();
  dag = '2026-02-03';
  await sim.start({ gemeente: GEMEENTE, toewijzingNummer: sim.actueleToewijzingen().find((t) => t.bsn === b1.client.bsn)!.nummer, begindatum: '2026-02-03' });
  await ronde();
  dag = '2026-02-10';
  const b2 = await vraag({ gemeente: GEMEENTE, client: b1.client, product: Y, ingangsdatum: '2026-03-01', einddatum: '2026-08-31', omvang: OMVANG_Y, verwijzer: GI });
  dag = '2026-02-12';
  await wijsToe(b2.referentie);
  dag = '2026-03-16';
  const c2 = await sim.vraagWijziging({ gemeente: GEMEENTE, bsn: c1.client.bsn, redenVerzoek: '1', ongewijzigd: [nrC1!],
    nieuw: [{ product: X, ingangsdatum: '2026-04-01', einddatum: '2026-09-30', omvang: OMVANG_X }] });
  await ronde();
  dag = '2026-03-18';
  await wijsToe(c2.referentie);
  dag = '2026-04-01';
  await sim.stop({ gemeente: GEMEENTE, toewijzingNummer: nrA1!, begindatum: '2026-01-20', redenBeeindiging: '31', einddatum: '2026-03-31' });
  await ronde();
  // After a definitive stop the municipality ends the allocation on the stop date (JZ002 14).
  dag = '2026-04-02';
  const { rows: [a1t] } = await db.pool.query<{ id: string }>(`SELECT id::text FROM toewijzing WHERE gemeente_code = $1 AND toewijzing_nummer = $2`, [GEMEENTE, nrA1]);
  await withTransaction(db.pool, (tx) => shortenToewijzing(tx, { gemeenteCode: GEMEENTE, toewijzingId: a1t!.id, einddatum: '2026-03-31', redenWijziging: '14' }, zorgOpts));
  await ronde();
  dag = '2026-05-04';
  const a2 = await vraag({ gemeente: GEMEENTE, client: a1.client, product: X, ingangsdatum: '2026-05-11', einddatum: '2026-10-31', omvang: OMVANG_X, verwijzer: WIJKTEAM });
  dag = '2026-05-06';
  await wijsToe(a2.referentie);

  server = await createServer({ dataSource: db.dataSource, port: 0, host: '127.0.0.1', logError: () => undefined });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const JAAR = { gemeenteCode: GEMEENTE, van: '2026-01', tot: '2026-12' };

test('§1 referral behaviour per referrer type: requests, allocations, unique youths', async () => {
  const d = await gql(`gemeente:${GEMEENTE}`, `query($f: MonitoringFilter) { monitoringVerwijzingen(filter: $f, groepeerOp: [VERWIJZER_TYPE]) {
    rijen { verwijzerType verwijzerOmschrijving verzoeken toewijzingen uniekeJeugdigen onderdrukt gemeenteCode maand } } }`, { f: JAAR });
  expect(d.monitoringVerwijzingen.rijen).toEqual([
    { verwijzerType: '01', verwijzerOmschrijving: 'Gemeente', verzoeken: 1, toewijzingen: 1, uniekeJeugdigen: 1, onderdrukt: false, gemeenteCode: null, maand: null },
    { verwijzerType: '02', verwijzerOmschrijving: 'Huisarts', verzoeken: 2, toewijzingen: 2, uniekeJeugdigen: 2, onderdrukt: false, gemeenteCode: null, maand: null },
    { verwijzerType: '04', verwijzerOmschrijving: 'Gecertificeerde instelling', verzoeken: 2, toewijzingen: 2, uniekeJeugdigen: 1, onderdrukt: false, gemeenteCode: null, maand: null },
    { verwijzerType: 'JW317', verwijzerOmschrijving: expect.stringContaining('wijziging'), verzoeken: 1, toewijzingen: 1, uniekeJeugdigen: 1, onderdrukt: false, gemeenteCode: null, maand: null },
  ]);
  // The finest cells (the default grouping, mon_verwijzing_cel) add up to the same per referrer type.
  const fijn = await gql(`gemeente:${GEMEENTE}`, `query($f: MonitoringFilter) { monitoringVerwijzingen(filter: $f) {
    rijen { verwijzerType productCategorie aanbiederAgb verzoeken toewijzingen uniekeJeugdigen } } }`, { f: JAAR });
  const perType = new Map<string, number[]>();
  for (const r of fijn.monitoringVerwijzingen.rijen) {
    const t = perType.get(r.verwijzerType) ?? [0, 0];
    perType.set(r.verwijzerType, [t[0]! + r.verzoeken, t[1]! + r.toewijzingen]);
  }
  expect(Object.fromEntries(perType)).toEqual({ '01': [1, 1], '02': [2, 2], '04': [2, 2], JW317: [1, 1] });
  // Per month: January holds the three first requests and allocations of three youths.
  const m = await gql(`gemeente:${GEMEENTE}`, `query($f: MonitoringFilter) { monitoringVerwijzingen(filter: $f, groepeerOp: [MAAND]) {
    rijen { maand verzoeken toewijzingen uniekeJeugdigen } } }`, { f: JAAR });
  expect(m.monitoringVerwijzingen.rijen).toEqual([
    { maand: '2026-01', verzoeken: 3, toewijzingen: 3, uniekeJeugdigen: 3 },
    { maand: '2026-02', verzoeken: 1, toewijzingen: 1, uniekeJeugdigen: 1 },
    { maand: '2026-03', verzoeken: 1, toewijzingen: 1, uniekeJeugdigen: 1 },
    { maand: '2026-05', verzoeken: 1, toewijzingen: 1, uniekeJeugdigen: 1 },
  ]);
});

test('§2 usage per month: youths, allocations, stacking, recidive, re-indications (one via JW317)', async () => {
  const d = await gql(`gemeente:${GEMEENTE}`, `query($f: MonitoringFilter) { monitoringGebruik(filter: $f, groepeerOp: [MAAND]) {
    rijen { maand uniekeJeugdigen actieveToewijzingen aanbieders gestapeldeJeugdigen nieuweToewijzingen recidive herindicaties herindicatiesNaWijzigingsverzoek } } }`,
  { f: { ...JAAR, tot: '2026-05' } });
  const rij = (maand: string, j: number, t: number, s: number, n: number, r: number, h: number, h317: number) => ({
    maand, uniekeJeugdigen: j, actieveToewijzingen: t, aanbieders: 1, gestapeldeJeugdigen: s, nieuweToewijzingen: n, recidive: r, herindicaties: h,
    herindicatiesNaWijzigingsverzoek: h317,
  });
  expect(d.monitoringGebruik.rijen).toEqual([
    rij('2026-01', 2, 2, 0, 2, 0, 0, 0),
    rij('2026-02', 3, 3, 0, 1, 0, 0, 0),
    rij('2026-03', 3, 4, 1, 1, 0, 0, 0),
    rij('2026-04', 2, 3, 1, 1, 0, 1, 1),
    rij('2026-05', 3, 4, 1, 1, 1, 1, 0),
  ]);
  // Grouped by every dimension (the default) the finest cells are read (mon_gebruik_cel): here one municipality, one
  // segment (45A48 and 45A50 are both segment 3) and one provider, so the cells are the months above.
  const fijn = await gql(`gemeente:${GEMEENTE}`, `query($f: MonitoringFilter) { monitoringGebruik(filter: $f) {
    rijen { gemeenteCode aanbiederAgb maand uniekeJeugdigen actieveToewijzingen aanbieders gestapeldeJeugdigen nieuweToewijzingen recidive herindicaties
            herindicatiesNaWijzigingsverzoek } } }`, { f: { ...JAAR, tot: '2026-05' } });
  expect(fijn.monitoringGebruik.rijen.map(({ gemeenteCode, aanbiederAgb, ...r }: any) => [gemeenteCode, aanbiederAgb.length, r]))
    .toEqual(d.monitoringGebruik.rijen.map((r: any) => [GEMEENTE, 8, r]));
  // The whole year as one cell: distinct counts, not sums of the months.
  const j = await gql(`gemeente:${GEMEENTE}`, `query($f: MonitoringFilter) { monitoringGebruik(filter: $f, groepeerOp: []) {
    rijen { uniekeJeugdigen actieveToewijzingen gestapeldeJeugdigen nieuweToewijzingen recidive herindicaties herindicatiesNaWijzigingsverzoek } } }`, { f: JAAR });
  expect(j.monitoringGebruik.rijen).toEqual([{ uniekeJeugdigen: 3, actieveToewijzingen: 6, gestapeldeJeugdigen: 1, nieuweToewijzingen: 6, recidive: 1,
    herindicaties: 2, herindicatiesNaWijzigingsverzoek: 1 }]);
});

test('§4 times per product: request → allocation, waiting, duration against the norm (median, p90)', async () => {
  const d = await gql(`gemeente:${GEMEENTE}`, `query($f: MonitoringFilter) { monitoringDoorlooptijden(filter: $f, groepeerOp: [PRODUCT]) {
    rijen { productCategorie productCode trajecten uniekeJeugdigen aanvraagMediaan aanvraagP90 wachttijdMediaan wachttijdP90 duurMediaan duurP90
            normDagen duurMediaanTovNorm aandeelBovenNorm onderdrukt } } }`, { f: JAAR });
  const [x, y] = d.monitoringDoorlooptijden.rijen;
  // 45A48: A1, B1, C1 decided 3 days after the request, C2 (JW317) and A2 after 2; A1 waited 12 days, B1 26; A1 ran 70 days.
  expect(x).toEqual({ productCategorie: '45', productCode: '45A48', trajecten: 5, uniekeJeugdigen: 3, aanvraagMediaan: 3, aanvraagP90: 3,
    wachttijdMediaan: 19, wachttijdP90: expect.closeTo(24.6, 6), duurMediaan: 70, duurP90: 70, normDagen: 180,
    duurMediaanTovNorm: expect.closeTo(70 / 180, 6), aandeelBovenNorm: 0, onderdrukt: false });
  expect(y).toEqual({ productCategorie: '45', productCode: '45A50', trajecten: 1, uniekeJeugdigen: 1, aanvraagMediaan: 2, aanvraagP90: 2,
    wachttijdMediaan: null, wachttijdP90: null, duurMediaan: null, duurP90: null, normDagen: 180, duurMediaanTovNorm: null, aandeelBovenNorm: null,
    onderdrukt: false });
});

test('§8 a region sees cells of 1–4 youths suppressed, the municipality the same cells in full; CSV of the same rows', async () => {
  const q = `query($f: MonitoringFilter) { monitoringGebruik(filter: $f, groepeerOp: [GEMEENTE]) {
    rijen { gemeenteCode uniekeJeugdigen actieveToewijzingen recidive onderdrukt } csv } }`;
  const regio = (await gql('regio:ZHZ', q, { f: JAAR })).monitoringGebruik;
  expect(regio.rijen).toEqual([{ gemeenteCode: GEMEENTE, uniekeJeugdigen: null, actieveToewijzingen: null, recidive: null, onderdrukt: true }]);
  expect(regio.csv).toBe(
    'gemeenteCode,uniekeJeugdigen,actieveToewijzingen,aanbieders,gestapeldeJeugdigen,nieuweToewijzingen,recidive,herindicaties,'
    + 'herindicatiesNaWijzigingsverzoek,onderdrukt\r\n0505,,,,,,,,,true\r\n');
  const gemeente = (await gql(`gemeente:${GEMEENTE}`, q, { f: JAAR })).monitoringGebruik;
  expect(gemeente.rijen).toEqual([{ gemeenteCode: GEMEENTE, uniekeJeugdigen: 3, actieveToewijzingen: 6, recidive: 1, onderdrukt: false }]);
  expect(gemeente.csv).toBe(
    'gemeenteCode,uniekeJeugdigen,actieveToewijzingen,aanbieders,gestapeldeJeugdigen,nieuweToewijzingen,recidive,herindicaties,'
    + 'herindicatiesNaWijzigingsverzoek,onderdrukt\r\n0505,3,6,1,1,6,1,2,1,false\r\n');
  // An empty cell reveals no one: zero is shown.
  const leeg = (await gql('regio:ZHZ', q, { f: { van: '2030-01', tot: '2030-12' } })).monitoringGebruik;
  expect(leeg.rijen).toEqual([]);
});

test('scope: a municipality outside the caller\'s scope is FORBIDDEN, a malformed month INVALID_DATE, a provider role FORBIDDEN', async () => {
  const q = `query($f: MonitoringFilter) { monitoringVerwijzingen(filter: $f) { rijen { verzoeken } } }`;
  const err = (b: any) => b.errors?.map((e: any) => ({ code: e.extensions?.code, field: e.extensions?.field }));
  expect(err(await gqlAls(server.url, 'gemeente:0505', q, { f: { gemeenteCode: '0512' } }))).toEqual([{ code: 'FORBIDDEN', field: 'filter.gemeenteCode' }]);
  expect(err(await gqlAls(server.url, 'regio:ZHZ', q, { f: { van: '2026-13' } }))).toEqual([{ code: 'INVALID_DATE', field: 'filter.van' }]);
  expect(err(await gqlAls(server.url, 'aanbieder:12345678', q, {}))[0].code).toBe('FORBIDDEN');
  expect(err(await gqlAls(server.url, null, q, {}))[0].code).toBe('UNAUTHENTICATED');
});

test('every monitoring query reads only its projection, through its index (EXPLAIN, seqscan off)', async () => {
  const ctx = { auth: { rol: { soort: 'gemeente', gemeenten: [GEMEENTE] } } } as unknown as Context;
  const scope = await monitoringScope(ctx, { van: '2026-01', tot: '2026-06', segmentId: null, aanbiederAgb: null });
  const queries = [
    [verwijzingenQuery(scope, Object.values(VerwijzingDimensie)), /"Index Name":"mon_verwijzing_cel_sleutel"/],
    [verwijzingenQuery(scope, [VerwijzingDimensie.VERWIJZER_TYPE]), /"Index Name":"mon_verwijzing_(maand_idx|sleutel)"/],
    [gebruikQuery(scope, Object.values(GebruikDimensie)), /"Index Name":"mon_gebruik_cel_pkey"/],
    [gebruikQuery(scope, [GebruikDimensie.MAAND]), /"Index Name":"mon_gebruik_(maand|client|cel_bron)_idx"/],
    [doorlooptijdenQuery(scope, [DoorlooptijdDimensie.PRODUCT, DoorlooptijdDimensie.AANBIEDER]), /"Index Name":"mon_doorlooptijd_(maand|client)_idx"/],
  ] as const;
  const c = await db.pool.connect();
  try {
    await c.query('BEGIN');
    await c.query('SET LOCAL enable_seqscan = off');
    for (const [q, index] of queries) {
      const plan = JSON.stringify((await c.query(`EXPLAIN (FORMAT JSON) ${q.text}`, q.values)).rows[0]);
      // On these few rows the planner may take either index that leads with gemeente_code; what must hold: no scan, no base table.
      expect(plan).toMatch(index);
      expect(plan).not.toContain('Seq Scan');
      const relaties = [...plan.matchAll(/"Relation Name":"([a-z_]+)"/g)].map((m) => m[1]);
      expect(relaties.every((r) => r!.startsWith('mon_'))).toBe(true);
    }
  } finally {
    await c.query('ROLLBACK');
    c.release();
  }
});

test('after the scenario, every projection table equals its recomputation from the base tables', async () => {
  const { incrementeel, herbouwd } = await incrementeelEnHerbouwd(db.pool);
  expect(incrementeel.mon_gebruik!.length).toBeGreaterThan(0);
  for (const t of Object.keys(herbouwd)) expect([t, incrementeel[t]]).toEqual([t, herbouwd[t]]);
});

test('concurrent refreshes of two youths in the same cells are serialised: the later one counts the earlier one\'s rows', async () => {
  const { rows: ids } = await db.pool.query<{ id: string }>(`SELECT DISTINCT client_id::text AS id FROM mon_gebruik WHERE gemeente_code = $1 ORDER BY 1`, [GEMEENTE]);
  expect(ids.length).toBe(3);
  const geraakt = (id: string) => ({ ...leegGeraakt(), gemeenten: [GEMEENTE], clienten: [{ gemeenteCode: GEMEENTE, clientId: id }] });
  await db.pool.query(`DELETE FROM mon_gebruik_cel`);
  const c1 = await db.pool.connect();
  const c2 = await db.pool.connect();
  try {
    await c1.query('BEGIN');
    await ververs(c1, geraakt(ids[0]!.id)); // two projector batches
    await c2.query('BEGIN');
    let klaar = false;
    const tweede = ververs(c2, geraakt(ids[2]!.id)).then(() => { klaar = true; });
    await new Promise((r) => setTimeout(r, 300));
    expect(klaar).toBe(false); // waits for the first transaction's cells
    await c1.query('COMMIT');
    await tweede;
    await c2.query('COMMIT');
  } finally {
    c1.release();
    c2.release();
  }
  const { rows: cellen } = await db.pool.query(`SELECT c::text AS r FROM mon_gebruik_cel c ORDER BY 1`);
  await withTransaction(db.pool, (tx) => herbouwAlles(tx));
  const { rows: herbouwd } = await db.pool.query(`SELECT c::text AS r FROM mon_gebruik_cel c ORDER BY 1`);
  expect(cellen.length).toBeGreaterThan(0);
  expect(herbouwd.map((r) => r.r)).toEqual(expect.arrayContaining(cellen.map((r) => r.r)));
});
