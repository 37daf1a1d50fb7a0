/**
 * Fault tests: processors as child processes, killed with SIGKILL at random moments while they work
 * through 1,200 messages (with exact redeliveries and real duplicate identifications), restarted, and
 * again — then: nothing lost, nothing doubled, every heenbericht answered exactly once.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { receive } from '../integration/flows/receive';
import { genereer, mulberry32 } from '../integration/simulator/generator';
import { useTestDatabase } from './support/db';
import { seedGeneratorInkoop } from './flows/seedGenerator';

const N = Number(process.env.FAULT_N ?? 1200);
const db = useTestDatabase();
beforeAll(async () => {
  await seedGeneratorInkoop(db.pool);
});

function startProcessor(): Promise<ChildProcess> {
  const p = fork(path.join(__dirname, 'flows/faultProcessor.ts'), [], {
    execArgv: ['-r', path.join(__dirname, 'flows/swcRegister.js')],
    env: { ...process.env, FAULT_DB_URL: db.url },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((res) => {
    p.once('message', () => res(p));
    p.once('exit', () => res(p));
  });
}

const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));
const backlog = async () => (await db.pool.query(`SELECT count(*)::int n FROM bericht WHERE status = 'received'`)).rows[0].n as number;
function kill9(p: ChildProcess): Promise<void> {
  return new Promise((res) => {
    if (p.exitCode !== null || p.signalCode !== null) return res();
    p.once('exit', () => res());
    p.kill('SIGKILL');
  });
}

test('kill -9 at random points, two instances: every message answered exactly once', async () => {
  const rnd = mulberry32(42);
  const berichten = [...genereer(N, { seed: 7, prefix: 'F' })];
  // Messages arrive while processors run and die; 5 % come twice (exact), 2 % with a re-used identification.
  const aanvoer = (async () => {
    for (const [i, b] of berichten.entries()) {
      await receive(db.pool, b.xml, { kanaal: 'fault' });
      if (rnd() < 0.05) await receive(db.pool, b.xml, { kanaal: 'fault' });
      if (rnd() < 0.02) await receive(db.pool, b.xml.replace('</', `<!-- ${i} --></`), { kanaal: 'fault' });
    }
  })();
  let kills = 0;
  let rondes = 0;
  let klaar = false;
  void aanvoer.then(() => (klaar = true));
  while (!klaar || (await backlog()) > 0) {
    rondes++;
    const procs = await Promise.all([startProcessor(), startProcessor()]);
    await wacht(200 + Math.floor(rnd() * 1000));
    for (const p of procs) {
      if (rnd() < 0.8) {
        await kill9(p);
        kills++;
      }
    }
    await wacht(50);
    await Promise.all(procs.map(kill9));
    if (process.env.FAULT_DEBUG) console.log(rondes, klaar, await backlog(), Date.now());
    if (rondes > 200) throw new Error('geen voortgang');
  }
  await aanvoer;
  expect(kills).toBeGreaterThan(3);

  const q = async (sql: string) => (await db.pool.query(sql)).rows;
  // Nothing lost: every generated identification is stored and closed.
  const [opgeslagen] = await q(`SELECT count(DISTINCT identificatie)::int n FROM bericht WHERE richting = 'in' AND kanaal = 'fault'`);
  expect(opgeslagen.n).toBe(N);
  expect(await q(`SELECT status, count(*)::int n FROM bericht WHERE richting = 'in' AND status NOT IN ('processed', 'rejected') GROUP BY 1`)).toEqual([]);
  // Nothing doubled: one original per identity; every inbound message has exactly one retour row.
  const per = await q(`SELECT h.id, count(r.id)::int n FROM bericht h LEFT JOIN bericht r ON r.heenbericht_id = h.id AND r.richting = 'uit'
                       WHERE h.richting = 'in' GROUP BY h.id HAVING count(r.id) <> 1`);
  expect(per).toEqual([]);
  const [dubbel] = await q(`SELECT count(*)::int n FROM bericht WHERE duplicaat_van IS NOT NULL`);
  const [verworpen9056] = await q(`SELECT count(*)::int n FROM bericht WHERE '9056' = ANY(retourcodes) AND richting = 'in'`);
  expect(verworpen9056.n).toBe(dubbel.n);
  expect(dubbel.n).toBeGreaterThan(0);
  // Every retour has its one outbox row (+ one per exact redelivery received after it was answered).
  const [zonderOutbox] = await q(`SELECT count(*)::int n FROM bericht r WHERE r.richting = 'uit' AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.bericht_id = r.id)`);
  expect(zonderOutbox.n).toBe(0);
  console.log(`fault test: ${rondes} rounds, ${kills} kill -9s, ${dubbel.n} TR056 duplicates`);
}, 110_000);
