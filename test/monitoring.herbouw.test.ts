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
import { incrementeelEnHerbouwd } from './monitoring.momentopname';
import { useTestDatabase } from './support/db';

const db = useTestDatabase();

beforeAll(async () => {
  await loadDemoData(db.dataSource);
  await laadDemoVerkeer(db.pool, { clienten: 40, seed: 11 });
});

test('the registry names every projection once', () => {
  const namen = PROJECTIES.map((p) => p.naam);
  expect(namen).toEqual([...new Set(namen)]);
  expect(namen).toEqual(expect.arrayContaining(['verwijzingen', 'gebruik', 'doorlooptijden']));
});

test('after the demo traffic, every projection table equals its recomputation from the base tables', async () => {
  const { incrementeel, herbouwd } = await incrementeelEnHerbouwd(db.pool);
  expect(Object.keys(incrementeel)).toEqual(expect.arrayContaining(['mon_verwijzing', 'mon_gebruik', 'mon_doorlooptijd']));
  // The hooks filled the care projections (else the comparison would prove nothing for them).
  for (const t of ['mon_verwijzing', 'mon_gebruik', 'mon_doorlooptijd']) expect([t, incrementeel[t]!.length > 0]).toEqual([t, true]);
  for (const t of Object.keys(herbouwd)) expect([t, incrementeel[t]]).toEqual([t, herbouwd[t]]);
});
