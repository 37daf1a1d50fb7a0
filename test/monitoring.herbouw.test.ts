/**
 * The proof issue 6 asks for: after real traffic through the real pipeline (the demo year: JW315 → JW301 → JW305 →
 * JW307, JW317, JW323, decisions over the care services), every monitoring table — filled only by the incremental
 * hooks — equals what `herbouwAlles` recomputes from the base tables. Generic over the registry: it compares every
 * table named mon_* (test/monitoring.momentopname.ts). test/monitoring.zorg.test.ts does the same after its scenario
 * (recidive, stacking, a JW317 re-indication).
 */
import { loadDemoData } from '../api/boot/demoData';
import { PROJECTIES } from '../integration/monitoring/projecties';
import { laadDemoVerkeer } from '../integration/simulator/demoVerkeer';
import { herbouwMonitoringNaMigratie } from '../api/boot/monitoring';
import { incrementeelEnHerbouwd, momentopname } from './monitoring.momentopname';
import { useTestDatabase } from './support/db';

const db = useTestDatabase();

beforeAll(async () => {
  await loadDemoData(db.dataSource);
  await laadDemoVerkeer(db.pool, { clienten: 40, seed: 11 });
}, 240_000); // a demo year through the pipeline: ~35 s on an idle machine

test('the registry names every projection once', () => {
  const namen = PROJECTIES.map((p) => p.naam);
  expect(namen).toEqual([...new Set(namen)]);
  expect(namen).toEqual(expect.arrayContaining(['verwijzingen', 'gebruik', 'doorlooptijden']));
});

test('the demo year shows every kind of event the care projections count', async () => {
  const { rows: [n] } = await db.pool.query(`SELECT count(*) FILTER (WHERE gestapeld)::int AS gestapeld, count(*) FILTER (WHERE nieuw AND recidief)::int AS recidief,
    count(*) FILTER (WHERE nieuw AND herindicatie)::int AS herindicatie, count(*) FILTER (WHERE nieuw AND herindicatie_jw317)::int AS jw317 FROM mon_gebruik`);
  const { rows: [t] } = await db.pool.query(`SELECT count(dagen_aanvraag)::int AS aanvraag, count(dagen_wachttijd)::int AS wacht, count(dagen_duur)::int AS duur
    FROM mon_doorlooptijd`);
  const { rows: v } = await db.pool.query(`SELECT DISTINCT verwijzer_type FROM mon_verwijzing ORDER BY 1`);
  expect(n).toEqual({ gestapeld: expect.any(Number), recidief: expect.any(Number), herindicatie: expect.any(Number), jw317: expect.any(Number) });
  expect(Math.min(n.gestapeld, n.recidief, n.herindicatie, n.jw317, t.aanvraag, t.wacht, t.duur)).toBeGreaterThan(0);
  expect(v.map((r) => r.verwijzer_type)).toEqual(expect.arrayContaining(['01', '02', '03', '04', '05', '06']));
});

test('after the demo traffic, every projection table equals its recomputation from the base tables', async () => {
  const { incrementeel, herbouwd } = await incrementeelEnHerbouwd(db.pool);
  expect(Object.keys(incrementeel)).toEqual(expect.arrayContaining(['mon_verwijzing', 'mon_gebruik', 'mon_doorlooptijd']));
  // The hooks filled the care projections (else the comparison would prove nothing for them).
  for (const t of ['mon_verwijzing', 'mon_verwijzing_cel', 'mon_gebruik', 'mon_gebruik_cel', 'mon_doorlooptijd']) expect([t, incrementeel[t]!.length > 0]).toEqual([t, true]);
  for (const t of Object.keys(herbouwd)) expect([t, incrementeel[t]]).toEqual([t, herbouwd[t]]);
});

test('§8 no monitoring table holds a BSN: no column named so, no text column with a client\'s BSN in it; youths by pseudonym', async () => {
  const { rows: kolommen } = await db.pool.query<{ t: string; k: string }>(`
    SELECT table_name AS t, column_name AS k FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name LIKE 'mon\\_%' AND data_type IN ('text', 'character', 'character varying')`);
  expect(kolommen.length).toBeGreaterThan(0);
  expect(kolommen.filter((c) => /bsn/i.test(c.k))).toEqual([]);
  const { rows: [{ n: clienten }] } = await db.pool.query(`SELECT count(*)::int AS n FROM client`);
  expect(clienten).toBeGreaterThan(0);
  for (const { t, k } of kolommen) {
    const { rows } = await db.pool.query(`SELECT DISTINCT m.${k} AS waarde FROM ${t} m JOIN client c ON strpos(m.${k}::text, c.bsn) > 0`);
    expect([t, k, rows]).toEqual([t, k, []]);
  }
  // The youths are identified by the client's HMAC pseudonym.
  const { rows: [p] } = await db.pool.query(`SELECT count(*)::int AS n, count(*) FILTER (WHERE c.id IS NULL)::int AS vreemd
    FROM mon_gebruik m LEFT JOIN client c ON c.gemeente_code = m.gemeente_code AND c.id = m.client_id AND c.pseudoniem = m.pseudoniem`);
  expect(p.n).toBeGreaterThan(0);
  expect(p.vreemd).toBe(0);
});

test('start-up after a Monitoring* migration rebuilds the projections from the base tables (api/boot/monitoring.ts)', async () => {
  const voor = await momentopname(db.pool);
  await db.pool.query(`TRUNCATE mon_verwijzing, mon_gebruik, mon_doorlooptijd`);
  const log: string[] = [];
  expect(await herbouwMonitoringNaMigratie(db.dataSource, ['BerichtLogIndexes1795460000000'], (m) => log.push(m))).toBe(false);
  expect((await db.pool.query(`SELECT count(*)::int AS n FROM mon_gebruik`)).rows[0].n).toBe(0);
  expect(await herbouwMonitoringNaMigratie(db.dataSource, ['MonitoringVerwijzingAanbieder1795500001000'], (m) => log.push(m))).toBe(true);
  expect(await momentopname(db.pool)).toEqual(voor);
  expect(log).toEqual([expect.stringMatching(/^monitoring projections rebuilt from the base tables in \d+ ms$/)]);
});
