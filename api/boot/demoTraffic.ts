/**
 * First start: a year of demo message traffic for Zuid-Holland Zuid (integration/simulator/demoVerkeer.ts), so the
 * message log, the client trajectories and the declarations (monthly JW323 → JW325, with seeded faults) are populated. JEUGDREGIE_DEMO_TRAFFIC=0 turns it off;
 * JEUGDREGIE_DEMO_TRAFFIC_CLIENTS sets the number of clients (default 200).
 */
import pg from 'pg';
import { beschrijfDemoVerkeer, laadDemoVerkeer } from '../../integration/simulator/demoVerkeer.js';

export async function loadDemoTraffic(url: string, log: (m: string) => void): Promise<void> {
  const clienten = Number(process.env.JEUGDREGIE_DEMO_TRAFFIC_CLIENTS ?? 200);
  if (!Number.isInteger(clienten) || clienten <= 0) return;
  const pool = new pg.Pool({ connectionString: url, max: 4, application_name: 'jeugdregie-demo-traffic' });
  try {
    log(beschrijfDemoVerkeer(await laadDemoVerkeer(pool, { clienten })));
  } finally {
    await pool.end();
  }
}
