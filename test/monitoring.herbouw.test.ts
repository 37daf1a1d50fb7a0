/**
 * The proof issue 6 asks for: after real traffic through the real pipeline (the demo year: JW315 → JW301 → JW305 →
 * JW307, JW317, JW323, decisions over the care services), every monitoring table — filled only by the incremental
 * hooks — equals what `herbouwAlles` recomputes from the base tables. Generic over the registry: it compares every
 * table named mon_* (the projections' naming convention, ARCHITECTURE.md "Monitoring").
 */
import { loadDemoData } from '../api/boot/demoData';
import { withTransaction } from '../integration/flows/transaction';
import { herbouwAlles, PROJECTIES } from '../integration/monitoring/projecties';
import { laadDemoVerkeer } from '../integration/simulator/demoVerkeer';
import { useTestDatabase } from './support/db';

const db = useTestDatabase();

async function tabellen(): Promise<string[]> {
  const { rows } = await db.pool.query<{ t: string }>(
    `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'mon\\_%' ORDER BY 1`);
  return rows.map((r) => r.t);
}

/** Every row of every monitoring table, as sorted text (row order is not part of a projection). */
async function momentopname(): Promise<Record<string, string[]>> {
  const uit: Record<string, string[]> = {};
  for (const t of await tabellen()) {
    const { rows } = await db.pool.query<{ r: string }>(`SELECT x::text AS r FROM ${t} x`);
    uit[t] = rows.map((r) => r.r).sort();
  }
  return uit;
}

beforeAll(async () => {
  await loadDemoData(db.dataSource);
  await laadDemoVerkeer(db.pool, { clienten: 40, seed: 11 });
});

test('the registry names every projection once', () => {
  const namen = PROJECTIES.map((p) => p.naam);
  expect(namen).toEqual([...new Set(namen)]);
  expect(namen).toEqual(expect.arrayContaining(['verwijzingen', 'gebruik', 'doorlooptijden']));
});

test('after the traffic, every projection table equals its recomputation from the base tables', async () => {
  const incrementeel = await momentopname();
  expect(Object.keys(incrementeel)).toEqual(expect.arrayContaining(['mon_verwijzing', 'mon_gebruik', 'mon_doorlooptijd']));
  // The hooks filled the care projections (else the comparison below would prove nothing for them).
  for (const t of ['mon_verwijzing', 'mon_gebruik', 'mon_doorlooptijd']) expect([t, incrementeel[t]!.length > 0]).toEqual([t, true]);
  await withTransaction(db.pool, (tx) => herbouwAlles(tx));
  const herbouwd = await momentopname();
  for (const t of Object.keys(herbouwd)) expect([t, incrementeel[t]]).toEqual([t, herbouwd[t]]);
});
