// A processor process for the fault tests: N workers draining the backlog forever (the test kills it).
import 'reflect-metadata';
import pg from 'pg';
import { standaardDeps } from '../../integration/flows/standaardDeps';
import { verwerkVolgende } from '../../integration/flows/pipeline';
import { voorbeeldBericht } from '../../integration/simulator/voorbeelden';

const pool = new pg.Pool({ connectionString: process.env.FAULT_DB_URL, max: 4 });
const deps = standaardDeps({ bronnen: { ...standaardDeps().bronnen, vandaag: () => '2026-04-02' } });
async function worker() {
  for (;;) {
    try {
      const r = await verwerkVolgende(pool, deps);
      if (!r) await new Promise((res) => setTimeout(res, 20));
    } catch (e) {
      console.error('fout', e);
    }
  }
}
void (async () => {
  // Load libxml2 and compile the schemas before the test's clock starts.
  for (const t of ['JW315', 'JW317', 'JW305', 'JW307'] as const) await deps.valideer(voorbeeldBericht(t), t);
  process.send?.('klaar');
  await Promise.all([worker(), worker()]);
})();
