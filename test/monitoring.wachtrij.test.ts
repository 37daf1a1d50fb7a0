/**
 * The monitoring queue (integration/monitoring/wachtrij.ts): a unit of work only records what it touched, in its own
 * transaction; the projector refreshes in batches. Traffic: the landschap scenario (allocations, JW323s through the real
 * pipeline) with the projector held back, so the queue holds what the units recorded and the projections are empty.
 */
import { withTransaction } from '../integration/flows/transaction';
import { leegGeraakt, type Geraakt } from '../integration/monitoring/Projectie';
import { werkMonitoringBij } from '../integration/monitoring/projecties';
import { leegMonitoringWachtrij, verwerkMonitoringWachtrij } from '../integration/monitoring/wachtrij';
import { GEMEENTE, maakRegio } from './declaraties.fixture';
import { bouwLandschap, LANDSCHAP } from './monitoring.scenario';
import { incrementeelEnHerbouwd, momentopname, monitoringTabellen } from './monitoring.momentopname';
import { useTestDatabase } from './support/db';

const db = useTestDatabase();
let opgenomen: Geraakt[];

async function inWachtrij(): Promise<number> {
  return (await db.pool.query(`SELECT count(*)::int AS n FROM monitoring_wachtrij`)).rows[0].n;
}

async function rijenIn(tabel: string): Promise<number> {
  return (await db.pool.query(`SELECT count(*)::int AS n FROM ${tabel}`)).rows[0].n;
}

beforeAll(async () => {
  await bouwLandschap(db.pool, await maakRegio(db.pool), { projector: false });
});

test('each unit of work queues one row with its keys, committed with it; a rolled-back or empty unit queues nothing', async () => {
  opgenomen = (await db.pool.query<{ geraakt: Geraakt }>(`SELECT geraakt FROM monitoring_wachtrij ORDER BY id`)).rows.map((r) => r.geraakt);
  const gedeclareerd = LANDSCHAP.filter((a) => a.uren.length > 0).length;
  expect(opgenomen).toHaveLength(LANDSCHAP.length + gedeclareerd); // one per batch of allocations, one per JW323
  const jw323 = opgenomen.filter((g) => g.declaraties.length > 0);
  expect(jw323).toHaveLength(gedeclareerd);
  for (const g of jw323) expect(g).toMatchObject({ gemeenten: [GEMEENTE], berichten: [expect.any(String)] });
  // The message transactions refreshed nothing: every projection is still empty.
  for (const t of await monitoringTabellen(db.pool)) expect([t, await rijenIn(t)]).toEqual([t, 0]);

  await expect(withTransaction(db.pool, async (tx) => {
    await werkMonitoringBij(tx, { ...leegGeraakt(), gemeenten: [GEMEENTE], berichten: [jw323[0]!.berichten![0]!] });
    throw new Error('afgebroken');
  })).rejects.toThrow('afgebroken');
  await withTransaction(db.pool, (tx) => werkMonitoringBij(tx, leegGeraakt()));
  expect(await inWachtrij()).toBe(opgenomen.length);
});

test('one batch refreshes the union of the queued keys: the projections equal their rebuild from the base tables', async () => {
  expect(await verwerkMonitoringWachtrij(db.pool)).toBe(opgenomen.length);
  expect(await inWachtrij()).toBe(0);
  expect(await rijenIn('mon_landschap')).toBeGreaterThan(0);
  expect(await rijenIn('mon_geld_maand')).toBeGreaterThan(0);
  const { incrementeel, herbouwd } = await incrementeelEnHerbouwd(db.pool);
  for (const t of Object.keys(herbouwd)) expect([t, incrementeel[t]]).toEqual([t, herbouwd[t]]);
});

test('a second drain finds nothing and changes nothing', async () => {
  const voor = await momentopname(db.pool);
  expect(await leegMonitoringWachtrij(db.pool)).toBe(0);
  expect(await momentopname(db.pool)).toEqual(voor);
});

test('two concurrent drains take every row once and count nothing twice', async () => {
  const herbouwd = await momentopname(db.pool);
  for (const g of opgenomen) await withTransaction(db.pool, (tx) => werkMonitoringBij(tx, g));
  // Back to the state before the first drain: empty projections, the same keys queued.
  await db.pool.query(`TRUNCATE ${(await monitoringTabellen(db.pool)).join(', ')}`);
  const genomen = await Promise.all([leegMonitoringWachtrij(db.pool, { max: 1 }), leegMonitoringWachtrij(db.pool, { max: 1 })]);
  expect(genomen[0] + genomen[1]).toBe(opgenomen.length);
  expect(Math.min(...genomen)).toBeGreaterThan(0); // both drained, side by side
  expect(await inWachtrij()).toBe(0);
  expect(await momentopname(db.pool)).toEqual(herbouwd);
});
