/**
 * Messages/s through receive → validate (XSD + rules) → cross-message rules → handler → retour + outbox,
 * with 1 and 2 workers, on a fresh migrated database (DATABASE_URL or 127.0.0.1:5432).
 * Reference row in the same run: the pipeline without cross-message rules.
 *   npm run bench:flows -- [n]
 */
import 'reflect-metadata';
import { receive } from '../integration/flows/receive.js';
import { standaardDeps } from '../integration/flows/standaardDeps.js';
import { alleRegels } from '../integration/rules/specifiedRegels.js';
import { verwerkAlles } from '../integration/flows/worker.js';
import { genereer } from '../integration/simulator/generator.js';
import { seedGeneratorInkoop } from '../test/flows/seedGenerator.js';
import { benchDatabase } from './db.js';

async function main() {
  const n = Number(process.argv[2] ?? 1000);
  const rows: string[][] = [];
  for (const [naam, deps] of [['volledig', standaardDeps()], ['zonder kruisregels', standaardDeps({ regels: alleRegels.filter((r) => r.controleniveau !== 'berichtoverstijgend') })]] as const) {
    for (const workers of [1, 2]) {
      const db = await benchDatabase(10);
      await seedGeneratorInkoop(db.pool);
      const msgs = [...genereer(n, { seed: workers, prefix: 'B' })];
      const t0 = performance.now();
      for (const m of msgs) await receive(db.pool, m.xml, { kanaal: 'bench' });
      const t1 = performance.now();
      await verwerkAlles(db.pool, deps, workers);
      const t2 = performance.now();
      rows.push([naam, String(workers), String(n), (n / ((t1 - t0) / 1000)).toFixed(0), (n / ((t2 - t1) / 1000)).toFixed(0), (n / ((t2 - t0) / 1000)).toFixed(0)]);
      await db.close();
    }
  }
  const kop = ['pipeline', 'workers', 'berichten', 'receive/s', 'verwerk/s', 'totaal/s'];
  console.log(kop.join('\t'));
  for (const r of rows) console.log(r.join('\t'));
}
void main();
