/**
 * End to end over the envelope transport: the provider simulator (integration/simulator) and Jeugdregie (the real
 * pipeline, handlers, cross-message rules and retour builder via standaardDeps) exchange Di01/Du01 envelopes through
 * the GGk-portal-shaped directory mailbox, on real PostgreSQL with the demo region loaded. The municipality decides
 * with the care services (integration/zorg). Every documented flow of ../shared/ijw-3.2/berichtstromen runs:
 * VOT (direct, after onderzoek, rejected, rejected after onderzoek, woonplaatsbeginsel), VOW (direct, after
 * onderzoek, rejected), start/stop and every correction and deletion path. Each return message is XSD-validated
 * and its codes checked; at the end every heenbericht on both sides has been answered exactly once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadDemoData } from '../api/boot/demoData';
import { standaardDeps } from '../integration/flows/standaardDeps';
import { withTransaction } from '../integration/flows/transaction';
import { validateXsd } from '../integration/ijw/xsdValidator';
import type { BerichtType } from '../integration/ijw/berichttypen';
import { maakBronnen } from '../integration/rules/bronnen';
import { AanbiederSimulator, type Ontvangst } from '../integration/simulator/aanbieder';
import { jeugdregieOpPostbus, type JeugdregiePeer } from '../integration/simulator/inProcess';
import { registreerBrpAdres } from '../integration/simulator/gemeente';
import { directoryTransport } from '../integration/simulator/transport';
import { allocateVerzoek, investigateVerzoek, rejectVerzoek } from '../integration/zorg/verzoeken';
import { useTestDatabase } from './support/db';

const db = useTestDatabase();
const GEMEENTE = '0505'; // Dordrecht
const PRODUCT = { categorie: '45', code: '45A48' }; // ambulante begeleiding individueel (segment 3, per uur per week)
const OMVANG = { volume: 3, eenheid: '04', frequentie: '2' };

/** IV028: a message approved as a whole is answered with a Header without RetourCodes. */
const OK: string[] = [];

let dag = '2026-03-02';
const bronnen = maakBronnen({ vandaag: () => dag });
const deps = standaardDeps({ bronnen });
const zorgOpts = { uitgaand: deps, nu: () => new Date(`${dag}T09:00:00Z`) };

let dir: string;
let agb: string;
let jr: JeugdregiePeer;
let sim: AanbiederSimulator;
/** Everything the simulator read from its downloads, in order. */
const post: Ontvangst[] = [];

beforeAll(async () => {
  await loadDemoData(db.dataSource);
  // A provider with an active region-wide Open House contract for segment 3 covering 2026.
  const { rows } = await db.pool.query<{ agb_code: string }>(`
    SELECT pr.agb_code FROM contract c JOIN provider pr ON pr.id = c.provider_id JOIN segment s ON s.id = c.segment_id
    WHERE s.number = 3 AND c.status = 'active' AND c.municipality_id IS NULL AND c.start_date <= '2026-01-01' AND c.end_date >= '2026-12-31'
    ORDER BY pr.agb_code LIMIT 1`);
  agb = rows[0]!.agb_code;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jr-e2e-'));
  jr = jeugdregieOpPostbus(db.pool, dir, deps);
  sim = new AanbiederSimulator({ agb, transport: directoryTransport(dir, agb), seed: 42, vandaag: () => dag, bronnen });
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Jeugdregie works through its uploads; the simulator reads and answers its downloads; Jeugdregie takes the answers in. */
async function ronde(): Promise<Ontvangst[]> {
  await jr.pomp();
  const r = await sim.verwerkPost();
  post.push(...r);
  await jr.pomp();
  for (const o of r) expect(o.fout).toBeUndefined();
  return r;
}

/** The one retourbericht for our heenbericht `identificatie`, XSD-checked. */
async function retourVoor(r: Ontvangst[], identificatie: string, type: BerichtType): Promise<Ontvangst> {
  const hits = r.filter((o) => o.antwoordOp === identificatie);
  expect(hits).toHaveLength(1);
  const o = hits[0]!;
  expect(o.envelop).toBe('Du01');
  expect(o.type).toBe(type);
  expect(await validateXsd(type, o.xml!)).toEqual([]);
  return o;
}

/** A heenbericht from Jeugdregie (JW301/JW319) and the simulator's answer, both XSD-checked. */
async function heenVanJeugdregie(r: Ontvangst[], type: 'JW301' | 'JW319'): Promise<Ontvangst> {
  const hits = r.filter((o) => o.type === type);
  expect(hits).toHaveLength(1);
  const o = hits[0]!;
  expect(o.envelop).toBe('Di01');
  expect(await validateXsd(type, o.xml!)).toEqual([]);
  expect(o.antwoord).toBeTruthy();
  expect(o.antwoord!.type).toBe(type === 'JW301' ? 'JW302' : 'JW320');
  expect(await validateXsd(o.antwoord!.type as BerichtType, o.antwoord!.xml)).toEqual([]);
  return o;
}

async function verzoekId(referentie: string): Promise<string> {
  const { rows } = await db.pool.query<{ id: string }>(`SELECT id::text FROM verzoek WHERE referentie_aanbieder = $1`, [referentie]);
  expect(rows).toHaveLength(1);
  return rows[0]!.id;
}

/** JW315 → JW316 0200 (returns the ReferentieAanbieder). */
async function vraag(einddatum = '2026-12-31'): Promise<string> {
  const v = await sim.vraagToewijzing({ gemeente: GEMEENTE, product: PRODUCT, ingangsdatum: dag, einddatum, omvang: OMVANG });
  const r = await ronde();
  expect((await retourVoor(r, v.identificatie, 'JW316')).codes).toEqual(OK);
  expect(sim.staat.verzoeken[v.referentie]!.status).toBe('ontvangen');
  return v.referentie;
}

/** The municipality allocates; JW301 → simulator's JW302 (0200) → recorded on the allocation. Returns the ToewijzingNummer. */
async function wijsToe(referentie: string): Promise<number> {
  const id = await verzoekId(referentie);
  await registreerBrpAdres(db.pool, GEMEENTE, sim.staat.verzoeken[referentie]!.bsn);
  const res = await withTransaction(db.pool, (tx) => allocateVerzoek(tx, { gemeenteCode: GEMEENTE, verzoekId: id }, zorgOpts));
  const r = await ronde();
  const o = await heenVanJeugdregie(r, 'JW301');
  expect(o.codes).toEqual(OK);
  expect(sim.staat.verzoeken[referentie]!.status).toBe('toegewezen');
  const { rows } = await db.pool.query(`SELECT status, retourcodes FROM bericht WHERE id = $1`, [res.bericht.id]);
  expect(rows[0]).toEqual({ status: 'acknowledged', retourcodes: [] });
  const t = await db.pool.query(`SELECT jw302_status FROM toewijzing WHERE id = ANY($1::bigint[])`, [res.toewijzingen.map((x) => x.id)]);
  expect(t.rows.every((x) => x.jw302_status === 'ontvangen')).toBe(true);
  return res.toewijzingen[0]!.toewijzing_nummer;
}

async function toegewezen(): Promise<number> {
  return wijsToe(await vraag());
}

/** Send via the simulator and expect the retourbericht's codes. */
async function verwacht(verstuurd: Promise<{ identificatie: string; type: BerichtType }>, codes: string[]): Promise<Ontvangst> {
  const v = await verstuurd;
  const retourType = ({ JW305: 'JW306', JW307: 'JW308', JW315: 'JW316', JW317: 'JW318' } as Record<string, BerichtType>)[v.type]!;
  const o = await retourVoor(await ronde(), v.identificatie, retourType);
  expect(o.codes).toEqual(codes);
  return o;
}

async function actueleStarts(nummer: number): Promise<string[]> {
  const { rows } = await db.pool.query(`SELECT to_char(begindatum, 'YYYY-MM-DD') AS b FROM start_product
    WHERE gemeente_code = $1 AND toewijzing_nummer = $2 AND status = 'actueel' ORDER BY begindatum`, [GEMEENTE, nummer]);
  return rows.map((r) => r.b as string);
}

async function actueleStops(nummer: number): Promise<string[]> {
  const { rows } = await db.pool.query(`SELECT reden_beeindiging || ' ' || to_char(einddatum, 'YYYY-MM-DD') AS s FROM stop_product
    WHERE gemeente_code = $1 AND toewijzing_nummer = $2 AND status = 'actueel' ORDER BY einddatum, reden_beeindiging`, [GEMEENTE, nummer]);
  return rows.map((r) => r.s as string);
}

describe('VOT (JW315)', () => {
  test('direct toewijzen: JW315 → JW316, JW301 → JW302, start JW305 → JW306, stop JW307 → JW308', async () => {
    dag = '2026-03-02';
    const nr = await toegewezen();
    dag = '2026-03-09';
    await verwacht(sim.start({ gemeente: GEMEENTE, toewijzingNummer: nr, begindatum: '2026-03-04' }), OK);
    expect(await actueleStarts(nr)).toEqual(['2026-03-04']);
    dag = '2026-06-01';
    await verwacht(sim.stop({ gemeente: GEMEENTE, toewijzingNummer: nr, begindatum: '2026-03-04', redenBeeindiging: '31', einddatum: '2026-05-29' }), OK);
    expect(await actueleStops(nr)).toEqual(['31 2026-05-29']);
  });

  test('toewijzen na onderzoek: JW315, JW319 (onderzoek) → JW320, JW301 → JW302', async () => {
    dag = '2026-03-02';
    const ref = await vraag();
    await withTransaction(db.pool, async (tx) => investigateVerzoek(tx, { gemeenteCode: GEMEENTE, verzoekId: await verzoekId(ref) }, zorgOpts));
    expect((await heenVanJeugdregie(await ronde(), 'JW319')).codes).toEqual(OK);
    expect(sim.staat.verzoeken[ref]!.status).toBe('onderzoek');
    dag = '2026-03-05';
    await wijsToe(ref);
  });

  test('direct afwijzen: JW315, JW319 (afwijzen) → JW320', async () => {
    dag = '2026-03-02';
    const ref = await vraag();
    await withTransaction(db.pool, async (tx) => rejectVerzoek(tx, { gemeenteCode: GEMEENTE, verzoekId: await verzoekId(ref), redenAfwijzing: '1' }, zorgOpts));
    expect((await heenVanJeugdregie(await ronde(), 'JW319')).codes).toEqual(OK);
    expect(sim.staat.verzoeken[ref]).toMatchObject({ status: 'afgewezen', redenAfwijzing: '1' });
  });

  test('afwijzen na onderzoek, and afwijzing wegens woonplaatsbeginsel (8) naming the right municipality', async () => {
    dag = '2026-03-02';
    for (const [reden, woonplaats] of [['2', undefined], ['8', '0482']] as const) {
      const ref = await vraag();
      const id = await verzoekId(ref);
      await withTransaction(db.pool, (tx) => investigateVerzoek(tx, { gemeenteCode: GEMEENTE, verzoekId: id }, zorgOpts));
      await heenVanJeugdregie(await ronde(), 'JW319');
      await withTransaction(db.pool, (tx) => rejectVerzoek(tx, { gemeenteCode: GEMEENTE, verzoekId: id, redenAfwijzing: reden, woonplaatsGemeente: woonplaats }, zorgOpts));
      const o = await heenVanJeugdregie(await ronde(), 'JW319');
      if (woonplaats) expect(o.xml).toMatch(new RegExp(`<jw319:Woonplaatsbeginsel>\\s*<jw319:Gemeente>${woonplaats}</jw319:Gemeente>`));
      expect(sim.staat.verzoeken[ref]).toMatchObject({ status: 'afgewezen', redenAfwijzing: reden });
    }
  });
});

test('no JW301 without the client\'s address (TR006): CLIENT_ADDRESS_REQUIRED before anything is written; with it, 0200', async () => {
  dag = '2026-03-02';
  const ref = await vraag();
  const id = await verzoekId(ref);
  const tel = async () => (await db.pool.query(`SELECT (SELECT count(*) FROM toewijzing)::int AS t, (SELECT count(*) FROM bericht WHERE richting = 'uit' AND type = 'JW301')::int AS b,
    (SELECT count(*) FROM outbox)::int AS o`)).rows[0];
  const voor = await tel();
  await expect(withTransaction(db.pool, (tx) => allocateVerzoek(tx, { gemeenteCode: GEMEENTE, verzoekId: id }, zorgOpts)))
    .rejects.toMatchObject({ code: 'CLIENT_ADDRESS_REQUIRED', field: 'client.adres' });
  expect(await tel()).toEqual(voor);
  expect((await db.pool.query(`SELECT status FROM verzoek WHERE id = $1`, [id])).rows[0].status).toBe('ontvangen');
  expect(await wijsToe(ref)).toBeGreaterThan(0); // registers the BRP address first; the simulator answers 0200
});

describe('VOW (JW317)', () => {
  async function vraagWijziging(nr: number): Promise<string> {
    const t = sim.toewijzing(GEMEENTE, nr);
    const v = await sim.vraagWijziging({
      gemeente: GEMEENTE, bsn: t.bsn, redenVerzoek: '1',
      teWijzigen: [{ toewijzingNummer: nr, gewensteIngangsdatum: t.ingangsdatum, einddatum: '2026-12-31', omvang: { ...OMVANG, volume: 5 } }],
    });
    expect((await retourVoor(await ronde(), v.identificatie, 'JW318')).codes).toEqual(OK);
    return v.referentie;
  }

  test('direct toewijzen: JW317 → JW318, JW301 (RedenWijziging 12) → JW302', async () => {
    dag = '2026-03-02';
    const nr = await wijsToe(await vraag('2026-09-30'));
    dag = '2026-04-01';
    const ref = await vraagWijziging(nr);
    await wijsToe(ref);
    expect(sim.toewijzing(GEMEENTE, nr)).toMatchObject({ einddatum: '2026-12-31', redenWijziging: '12', omvang: { volume: 5 } });
  });

  test('toewijzen na onderzoek, direct afwijzen, afwijzen na onderzoek', async () => {
    dag = '2026-03-02';
    const nr = await wijsToe(await vraag('2026-09-30'));
    dag = '2026-04-01';
    const a = await vraagWijziging(nr);
    await withTransaction(db.pool, async (tx) => investigateVerzoek(tx, { gemeenteCode: GEMEENTE, verzoekId: await verzoekId(a) }, zorgOpts));
    await heenVanJeugdregie(await ronde(), 'JW319');
    expect(sim.staat.verzoeken[a]!.status).toBe('onderzoek');
    await wijsToe(a);

    const b = await vraagWijziging(nr);
    await withTransaction(db.pool, async (tx) => rejectVerzoek(tx, { gemeenteCode: GEMEENTE, verzoekId: await verzoekId(b), redenAfwijzing: '3' }, zorgOpts));
    await heenVanJeugdregie(await ronde(), 'JW319');
    expect(sim.staat.verzoeken[b]!.status).toBe('afgewezen');

    const c = await vraagWijziging(nr);
    const cid = await verzoekId(c);
    await withTransaction(db.pool, (tx) => investigateVerzoek(tx, { gemeenteCode: GEMEENTE, verzoekId: cid }, zorgOpts));
    await heenVanJeugdregie(await ronde(), 'JW319');
    await withTransaction(db.pool, (tx) => rejectVerzoek(tx, { gemeenteCode: GEMEENTE, verzoekId: cid, redenAfwijzing: '2' }, zorgOpts));
    await heenVanJeugdregie(await ronde(), 'JW319');
    expect(sim.staat.verzoeken[c]!.status).toBe('afgewezen');
  });
});

describe('start and stop (JW305/JW307)', () => {
  let nr: number;
  beforeEach(async () => {
    dag = '2026-03-02';
    nr = await toegewezen();
    dag = '2026-07-01';
  });
  const start = (begindatum: string, status?: '1' | '3') => sim.start({ gemeente: GEMEENTE, toewijzingNummer: nr, begindatum, status });
  const stop = (begindatum: string, redenBeeindiging: string, einddatum: string, status?: '1' | '3') =>
    sim.stop({ gemeente: GEMEENTE, toewijzingNummer: nr, begindatum, redenBeeindiging, einddatum, status });

  test('tijdelijke stop, then definitieve stop na tijdelijke stop', async () => {
    await verwacht(start('2026-03-03'), OK);
    await verwacht(stop('2026-03-03', '20', '2026-04-10'), OK);
    await verwacht(stop('2026-03-03', '31', '2026-06-30'), OK);
    expect(await actueleStops(nr)).toEqual(['20 2026-04-10', '31 2026-06-30']);
  });

  test('start na stop: JW305, JW307 (tijdelijk), JW305; and a second start while the first still runs gets 9326', async () => {
    await verwacht(start('2026-03-03'), OK);
    await verwacht(start('2026-03-20'), ['0200', '9326']);
    await verwacht(stop('2026-03-03', '20', '2026-04-10'), OK);
    await verwacht(start('2026-05-01'), OK);
    await verwacht(stop('2026-05-01', '31', '2026-06-30'), OK);
    expect(await actueleStarts(nr)).toEqual(['2026-03-03', '2026-05-01']);
  });

  test('verwijderen start: JW305, JW305 (StatusAanlevering 3)', async () => {
    await verwacht(start('2026-03-03'), OK);
    await verwacht(start('2026-03-03', '3'), OK);
    expect(await actueleStarts(nr)).toEqual([]);
  });

  test('correctie start: JW305, JW305 (3), JW305 (1) with the right Begindatum', async () => {
    await verwacht(start('2026-03-03'), OK);
    await verwacht(start('2026-03-03', '3'), OK);
    await verwacht(start('2026-03-05'), OK);
    expect(await actueleStarts(nr)).toEqual(['2026-03-05']);
  });

  test('verwijderen stop: JW307, JW307 (3)', async () => {
    await verwacht(start('2026-03-03'), OK);
    await verwacht(stop('2026-03-03', '31', '2026-06-30'), OK);
    await verwacht(stop('2026-03-03', '31', '2026-06-30', '3'), OK);
    expect(await actueleStops(nr)).toEqual([]);
  });

  test('correctie stop: JW307, JW307 (3), JW307 (1) with the right Einddatum', async () => {
    await verwacht(start('2026-03-03'), OK);
    await verwacht(stop('2026-03-03', '33', '2026-06-30'), OK);
    await verwacht(stop('2026-03-03', '33', '2026-06-30', '3'), OK);
    await verwacht(stop('2026-03-03', '33', '2026-06-15'), OK);
    expect(await actueleStops(nr)).toEqual(['33 2026-06-15']);
  });

  test('refusals carry their codes: a start twice (9074, 9326), removing a stop that was never sent (9063)', async () => {
    await verwacht(start('2026-03-03'), OK);
    await verwacht(start('2026-03-03'), ['0200', '9074', '9326']); // the same key again, and the current start is not stopped
    await verwacht(stop('2026-03-03', '31', '2026-06-30', '3'), ['0200', '9063']);
  });
});

test('every heenbericht on both sides was answered exactly once, and every answer validated', async () => {
  await jr.pomp();
  expect(await sim.verwerkPost()).toEqual([]);
  // The simulator's messages: one retourbericht each.
  const verzonden = Object.values(sim.staat.verzonden);
  expect(verzonden.length).toBeGreaterThan(40);
  expect(verzonden.filter((v) => v.retouren !== 1)).toEqual([]);
  // Jeugdregie's side: every inbound heenbericht has exactly one retourbericht of ours, sent.
  const { rows: inn } = await db.pool.query(`
    SELECT h.type, count(r.id)::int AS n, bool_and(r.status = 'sent') AS sent FROM bericht h LEFT JOIN bericht r ON r.heenbericht_id = h.id AND r.richting = 'uit'
    WHERE h.richting = 'in' AND h.type IN ('JW305', 'JW307', 'JW315', 'JW317') GROUP BY h.id, h.type HAVING count(r.id) <> 1 OR NOT bool_and(r.status = 'sent')`);
  expect(inn).toEqual([]);
  // Every JW301/JW319 of ours was answered by the simulator exactly once (acknowledged with its codes).
  const { rows: uit } = await db.pool.query(`
    SELECT h.type, h.status, (SELECT count(*)::int FROM bericht r WHERE r.heenbericht_id = h.id AND r.richting = 'in') AS n
    FROM bericht h WHERE h.richting = 'uit' AND h.type IN ('JW301', 'JW319')`);
  expect(uit.length).toBe(Object.values(sim.staat.beantwoord).length);
  expect(uit.filter((r) => r.status !== 'acknowledged' || r.n !== 1)).toEqual([]);
  // Nothing was rejected as a whole or left behind.
  const { rows: rest } = await db.pool.query(`SELECT type, status FROM bericht WHERE status IN ('received', 'rejected', 'validated')`);
  expect(rest).toEqual([]);
  expect(post.filter((o) => o.herlevering)).toEqual([]);
});
