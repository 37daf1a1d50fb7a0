/**
 * bench:declarations — JW323 declarations end to end: receive (store the raw message) → pipeline
 * (claim, streaming split, XSD + in-message rules per chunk, the cross-message declaration rules against
 * a set-based context, bookings, ledgers, JW325 written from the booked rows, outbox) for messages of
 * 1,000, 10,000 and 100,000 prestaties, on a fresh migrated database (DATABASE_URL or 127.0.0.1:5432).
 *
 * Each step runs in its own child process, so "peak RSS" is that process's own maximum (getrusage
 * maxrss): the receiving side (which must hold the message it is given) and the processing side.
 * The processing child runs as a pipeline worker should be deployed: `--max-old-space-size=200` (its live
 * set is one chunk; without a cap V8 lets garbage of earlier chunks accumulate up to ~350 MB RSS before
 * collecting). JR_BENCH_NODE_FLAGS overrides the flags ("" for V8's defaults).
 * Every 500th prestatie carries a wrong tariff (0611), so the JW325 has content.
 *
 *   npm run bench:declarations [-- 1000 10000 100000]
 */
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { benchDatabase } from './db.js';
import { maakRegio, maakToewijzingenBulk } from '../test/declaraties.fixture.js';

const GEMEENTEN = ['0482', '0512', '0505', '0523', '0531'];
const AANBIEDER = '12345678';

async function kind(args: string[]): Promise<void> {
  const [stap, url, gemeente, nStr, startStr] = args as [string, string, string, string, string];
  const n = Number(nStr);
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    if (stap === 'ontvang') {
      const { maandDeclaratie, jw323Buffers } = await import('../integration/declaraties/generateJW323.js');
      const { receive } = await import('../integration/flows/receive.js');
      const rows = (await pool.query(`SELECT t.toewijzing_nummer AS nummer, c.bsn FROM toewijzing t JOIN client c ON c.gemeente_code = t.gemeente_code AND c.id = t.client_id WHERE t.gemeente_code = $1 ORDER BY t.toewijzing_nummer LIMIT $2`, [gemeente, n / 4])).rows;
      const d = maandDeclaratie({ afzender: AANBIEDER, ontvanger: gemeente, identificatie: `B${gemeente}${n}`.slice(0, 12), nummer: `B${gemeente}${n}`.slice(0, 12), maand: '2026-04-01', toewijzingen: rows, foutElke: 500 });
      const xml = Buffer.concat([...jw323Buffers(d)]);
      const t = performance.now();
      const r = await receive(pool, xml, { kanaal: 'bench' });
      const ms = performance.now() - t;
      process.stdout.write(JSON.stringify({ id: r.id, ms, bytes: xml.length, rss: process.resourceUsage().maxRSS * 1024 }));
    } else {
      const { verwerkBericht } = await import('../integration/flows/pipeline.js');
      const { standaardDeps } = await import('../integration/flows/standaardDeps.js');
      const { berichtHandlers } = await import('../integration/flows/handlers/index.js');
      const { getXsdValidator } = await import('../integration/ijw/xsdValidator.js');
      (await getXsdValidator()).compileAll();
      const deps = standaardDeps({ handlers: berichtHandlers, bronnen: { ...standaardDeps().bronnen, vandaag: () => '2026-05-10' } });
      const t = performance.now();
      const r = await verwerkBericht(pool, startStr, deps);
      const ms = performance.now() - t;
      const d = (await pool.query(`SELECT aantal_prestaties, aantal_afgewezen, status FROM declaratie WHERE bericht_id = $1`, [startStr])).rows[0];
      const retour = (await pool.query(`SELECT octet_length(raw) AS bytes FROM bericht WHERE id = $1`, [r?.retourberichtId])).rows[0];
      process.stdout.write(JSON.stringify({ ms, status: r?.status, codes: r?.retourcodes, declaratie: d, jw325Bytes: retour?.bytes, rss: process.resourceUsage().maxRSS * 1024 }));
    }
  } finally {
    await pool.end();
  }
}

function run(args: string[]): any {
  const vlaggen = process.env.JR_BENCH_NODE_FLAGS ?? (args[0] === 'verwerk' ? '--max-old-space-size=200' : '');
  const extra = vlaggen.split(' ').filter(Boolean);
  const r = spawnSync(process.execPath, [...extra, '-r', path.resolve(__dirname, '../test/flows/swcRegister.js'), __filename, '--kind', ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`child ${args[0]} failed:\n${r.stderr}`);
  if (process.env.JR_DECLARATIE_TIJDEN && r.stderr.trim()) console.error(r.stderr.trim().split('\n').filter((l) => l.startsWith('JW323')).join('\n'));
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
  const maten = sizes.length ? sizes : [1000, 10000, 100000];
  const db = await benchDatabase(4);
  try {
    const rows: string[][] = [];
    for (let i = 0; i < maten.length; i++) {
      const n = maten[i]!;
      const gemeente = GEMEENTEN[i % GEMEENTEN.length]!;
      const regio = await maakRegio(db.pool, { gemeente });
      await maakToewijzingenBulk(db.pool, { n: n / 4, startNummer: 1_000_000 * (i + 1), contractId: regio.contractId, bsnStart: 500_000 + i * 400_000, gemeente });
      await db.pool.query('VACUUM ANALYZE');
      const a = run(['ontvang', db.url, gemeente, String(n), '0']);
      const b = run(['verwerk', db.url, gemeente, String(n), a.id]);
      if (b.status !== 'processed' || b.declaratie?.aantal_prestaties !== n) throw new Error(`unexpected outcome: ${JSON.stringify(b)}`);
      const totaal = a.ms + b.ms;
      rows.push([
        n.toLocaleString('en'),
        `${(a.bytes / 1048576).toFixed(1)} MB`,
        `${a.ms.toFixed(0)} ms`,
        `${b.ms.toFixed(0)} ms`,
        Math.round((n / totaal) * 1000).toLocaleString('en'),
        Math.round((n / b.ms) * 1000).toLocaleString('en'),
        `${(a.rss / 1048576).toFixed(0)} MB`,
        `${(b.rss / 1048576).toFixed(0)} MB`,
        `${b.declaratie.aantal_afgewezen} / ${(b.jw325Bytes / 1024).toFixed(0)} KB`,
      ]);
    }
    const kop = ['prestaties', 'JW323', 'receive', 'process', 'prest/s end-to-end', 'prest/s processing', 'peak RSS receive', 'peak RSS process', 'rejected / JW325'];
    const breed = kop.map((k, i) => Math.max(k.length, ...rows.map((r) => r[i]!.length)));
    const lijn = (r: string[]) => `| ${r.map((c, i) => c.padStart(breed[i]!)).join(' | ')} |`;
    console.log(lijn(kop));
    console.log(`|${breed.map((b) => '-'.repeat(b + 2)).join('|')}|`);
    for (const r of rows) console.log(lijn(r));
    console.log(`goal: >= 10,000 prestaties/s, < 300 MB RSS (2-core machine); processing child flags: ${process.env.JR_BENCH_NODE_FLAGS ?? '--max-old-space-size=200'}; load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  } finally {
    await db.close();
  }
}

if (process.argv[2] === '--kind') {
  kind(process.argv.slice(3)).catch((e) => {
    console.error(e);
    process.exit(1);
  });
} else {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
