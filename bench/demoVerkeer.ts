/**
 * The first `npm start`'s demo year, timed: demo data, then a year of demo traffic (integration/simulator/demoVerkeer.ts,
 * as api/boot/demoTraffic.ts loads it) on a fresh migrated database; prints the traffic summary and the seconds it took.
 *   JEUGDREGIE_DEMO_TRAFFIC_CLIENTS=200 node -r ./test/flows/swcRegister.js bench/demoVerkeer.ts
 */
import 'reflect-metadata';
import { loadDemoData } from '../api/boot/demoData.js';
import { createDataSource } from '../ormconfig.js';
import { beschrijfDemoVerkeer, laadDemoVerkeer } from '../integration/simulator/demoVerkeer.js';
import { benchDatabase } from './db.js';

async function main(): Promise<void> {
  const clienten = Number(process.env.JEUGDREGIE_DEMO_TRAFFIC_CLIENTS ?? 200);
  const db = await benchDatabase(4);
  try {
    const ds = createDataSource(db.url, { poolSize: 2 });
    await ds.initialize();
    await loadDemoData(ds);
    await ds.destroy();
    const t0 = performance.now();
    const v = await laadDemoVerkeer(db.pool, { clienten });
    console.log(beschrijfDemoVerkeer(v));
    console.log(`demo year for ${clienten} clients: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } finally {
    await db.close();
  }
}

void main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
