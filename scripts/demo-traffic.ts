/**
 * `node -r ./test/flows/swcRegister.js scripts/demo-traffic.ts [clients]`: a year of demo traffic into DATABASE_URL
 * (migrated, demo region loaded). npm start does this itself on the first start (api/boot/database.ts).
 */
import pg from 'pg';
import { beschrijfDemoVerkeer, laadDemoVerkeer } from '../integration/simulator/demoVerkeer.js';

async function hoofd(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  try {
    const v = await laadDemoVerkeer(pool, { clienten: process.argv[2] ? Number(process.argv[2]) : undefined });
    console.log(beschrijfDemoVerkeer(v));
  } finally {
    await pool.end();
  }
}

hoofd().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
