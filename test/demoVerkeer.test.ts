/** The demo traffic (integration/simulator/demoVerkeer.ts) on the demo region: a small year, all answered, nothing refused. */
import { loadDemoData } from '../api/boot/demoData';
import { laadDemoVerkeer } from '../integration/simulator/demoVerkeer';
import { useTestDatabase } from './support/db';

const db = useTestDatabase();

test('a year of traffic for 60 clients: every heenbericht answered once, providers approve every JW301, Jeugdregie refuses nothing', async () => {
  await loadDemoData(db.dataSource);
  const v = await laadDemoVerkeer(db.pool, { clienten: 60, seed: 7 });
  expect(v.berichten.JW315).toBe(60);
  expect(v.berichten.JW316).toBe(60);
  expect(v.berichten.JW317).toBeGreaterThan(0);
  expect(v.toewijzingen).toBeGreaterThan(25);
  expect(v.starts).toBeGreaterThan(20);
  expect(v.stops).toBeGreaterThan(5);
  const { rows: open } = await db.pool.query(`
    SELECT h.type, h.richting, h.status, h.retourcodes FROM bericht h
    WHERE h.type IN ('JW301', 'JW305', 'JW307', 'JW315', 'JW317', 'JW319')
      AND NOT EXISTS (SELECT 1 FROM bericht r WHERE r.heenbericht_id = h.id AND r.richting <> h.richting)`);
  expect(open).toEqual([]);
  const { rows: codes } = await db.pool.query(`SELECT type, retourcodes, count(*)::int AS n FROM bericht
    WHERE cardinality(retourcodes) > 0 AND NOT (retourcodes <@ ARRAY['0200']::text[]) GROUP BY 1, 2`);
  expect(codes).toEqual([]);
});
