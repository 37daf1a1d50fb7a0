/**
 * Fault test: processor processes (integration/flows/processor.ts, 4 workers each), two at a time on one
 * backlog, killed with SIGKILL at random moments while 1,200 generated messages (plus exact redeliveries
 * and re-used identifications) arrive, restarted, killed again — until the backlog is empty. Then the
 * outcome, whatever the kills hit: nothing lost, nothing doubled, every message answered exactly once,
 * every real duplicate answered with 9056, no message ever failed with an exception.
 * The kills are random; the assertions are about the outcome only (never about how often we killed).
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { receive } from '../integration/flows/receive';
import { genereer } from '../integration/simulator/generator';
import { mulberry32 } from '../integration/simulator/mulberry32';
import { useTestDatabase } from './support/db';
import { seedGeneratorInkoop } from './flows/seedGenerator';

const N = Number(process.env.FAULT_N ?? 1200);
const db = useTestDatabase();
beforeAll(async () => {
  await seedGeneratorInkoop(db.pool);
});

function startProcessor(): Promise<ChildProcess> {
  const p = fork(path.resolve(__dirname, '../integration/flows/processor.ts'), [], {
    execArgv: ['-r', path.join(__dirname, 'flows/swcRegister.js')],
    env: { ...process.env, DATABASE_URL: db.url, JEUGDREGIE_WORKERS: '4', JEUGDREGIE_POLL_MS: '20' },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((res, rej) => {
    p.once('message', () => res(p));
    p.once('exit', (code, signal) => rej(new Error(`processor stopped before it was ready (${code ?? signal})`)));
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

test('kill -9 at random points, two processors on one backlog: every message answered exactly once', async () => {
  const rnd = mulberry32(42);
  const berichten = [...genereer(N, { seed: 7, prefix: 'F' })];
  // Messages arrive (four senders at once) while processors run and die; ~5 % come twice (exact), ~2 % with a
  // re-used identification. Which ones is decided up front, so the traffic is the same in every run.
  const plan = berichten.map((b, i) => ({ b, i, dubbel: rnd() < 0.05, hergebruikt: rnd() < 0.02 }));
  const herleveringen = plan.filter((p) => p.dubbel).length;
  const aanvoer = Promise.all([0, 1, 2, 3].map(async (baan) => {
    for (const { b, i, dubbel, hergebruikt } of plan.filter((p) => p.i % 4 === baan)) {
      await receive(db.pool, b.xml, { kanaal: 'fault' });
      if (dubbel) await receive(db.pool, b.xml, { kanaal: 'fault' });
      if (hergebruikt) await receive(db.pool, b.xml.replace('</', `<!-- ${i} --></`), { kanaal: 'fault' });
    }
  }));
  let klaar = false;
  void aanvoer.then(() => (klaar = true));
  // Two processor slots on one backlog. Each slot starts a processor, lets it live a random 0.3–2.5 s
  // (it dies mid-transaction or between messages), kills it with SIGKILL and starts the next, until
  // everything has arrived and the backlog is empty. The other slot keeps working meanwhile.
  let rondes = 0;
  const slot = async () => {
    while (!klaar || (await backlog()) > 0) {
      rondes++;
      const p = await startProcessor();
      await wacht(300 + Math.floor(rnd() * 2200));
      await kill9(p);
      if (process.env.FAULT_DEBUG) console.log(rondes, klaar, await backlog(), Math.round(performance.now()));
      if (rondes > 200) throw new Error('geen voortgang');
    }
  };
  await Promise.all([slot(), slot()]);
  await aanvoer;

  const q = async (sql: string) => (await db.pool.query(sql)).rows;
  // Nothing lost: every generated identification is stored and closed.
  const [opgeslagen] = await q(`SELECT count(DISTINCT (afzender, type, identificatie))::int n FROM bericht WHERE richting = 'in' AND kanaal = 'fault'`);
  expect(opgeslagen.n).toBe(N);
  expect(await q(`SELECT status, count(*)::int n FROM bericht WHERE richting = 'in' AND status NOT IN ('processed', 'rejected') GROUP BY 1`)).toEqual([]);
  // An exact redelivery is not stored twice: one row per distinct content.
  const [rijen] = await q(`SELECT count(*)::int n, count(DISTINCT inhoud_hash)::int uniek FROM bericht WHERE richting = 'in'`);
  expect(rijen.n).toBe(rijen.uniek);
  // Nothing doubled: every inbound message has exactly one retourbericht, and it is XSD-valid built (status validated/sent).
  expect(await q(`SELECT h.id, count(r.id)::int n FROM bericht h LEFT JOIN bericht r ON r.heenbericht_id = h.id AND r.richting = 'uit'
                  WHERE h.richting = 'in' GROUP BY h.id HAVING count(r.id) <> 1`)).toEqual([]);
  // Every real duplicate identification was answered with 9056 (and only those).
  const [dubbel] = await q(`SELECT count(*)::int n FROM bericht WHERE duplicaat_van IS NOT NULL`);
  const [met9056] = await q(`SELECT count(*)::int n FROM bericht WHERE '9056' = ANY(retourcodes) AND richting = 'in'`);
  expect(met9056.n).toBe(dubbel.n);
  // Every retour has exactly one outbox row (a redelivery after answering adds a re-send of the same retour).
  expect(await q(`SELECT r.id FROM bericht r WHERE r.richting = 'uit' AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.bericht_id = r.id)`)).toEqual([]);
  // A kill rolls back; it never counts as a failed attempt. No message threw.
  expect(await q(`SELECT id, laatste_fout FROM bericht WHERE verwerk_pogingen > 0`)).toEqual([]);
  console.log(`fault test: ${N} messages (+${herleveringen} redeliveries, ${dubbel.n} TR056 duplicates), ${rondes} processors killed with SIGKILL`);
}, 115_000);
