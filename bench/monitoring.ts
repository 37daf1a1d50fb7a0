/**
 * bench:monitoring — each monitoring query of issue 6 at national scale, end to end over GraphQL (HTTP POST to the real
 * server, with a region's or a municipality's role), against the same aggregate computed straight from the base
 * tables in the same run. Goals: p95 ≤ 50 ms and ≥ 20× faster than the base tables.
 *
 *   npm run bench:monitoring -- [--schaal 1] [--runs 30] [--database-url postgres://…/jr_nationaal] [--herbruik] [--herbouw]
 *     [--zonder gebruik,…]   (projections left out of the rebuild: their query is reported, not timed)
 *     [--per-client gebruik,…]   (projections rebuilt client by client through their refresh: genereer.ts herbouwPerClient)
 *     [--alleen gebruik,…]   (time only these projections' queries)
 *
 * Without --herbruik it builds the database first (integration/nationaal/genereer.ts: migrate, purchasing, care,
 * herbouwAlles) into --database-url (default the database jr_nationaal_<schaal> on DATABASE_URL's server; kept for the
 * next run). With --herbruik it migrates what is pending and uses the data as it is (--herbouw rebuilds the projections
 * first). Filters rotate over realistic asks: a region for a year, one municipality for a year, a region × segment.
 * On the first ask of each kind the projection's figures are compared with the base tables' where both define them the
 * same way; a difference is printed as MISMATCH.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { migrate } from '../api/boot/migrate.js';
import { MAX_LEVENSDUUR_S } from '../api/auth/token.js';
import { muntDevToken } from '../api/auth/tokenUitgifte.js';
import { createServer } from '../api/server.js';
import { PROJECTIES } from '../integration/monitoring/projecties.js';
import { genereerNationaal, herbouwPerClient } from '../integration/nationaal/genereer.js';
import { STANDAARD_SEED } from '../integration/nationaal/inkoop.js';
import { mulberry32 } from '../integration/simulator/mulberry32.js';
import { createDataSource } from '../ormconfig.js';
import type { Filter, Vraag } from './monitoring/vragen.js';
import { VRAGEN } from './monitoring/vragen.js';

const JAAR = 2025;

function percentiel(ms: number[], p: number): number {
  const s = [...ms].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

/** Realistic asks over the loaded data: regions and their municipalities and segments, chosen with a fixed seed. */
async function filters(pool: pg.Pool, aantal: number): Promise<Filter[]> {
  const { rows } = await pool.query<{ code: string; gemeenten: string[]; segmenten: string[] }>(`
    SELECT r.code, array_agg(DISTINCT m.cbs_code ORDER BY m.cbs_code) AS gemeenten, array_agg(DISTINCT s.id::text ORDER BY s.id::text) AS segmenten
    FROM region r JOIN municipality m ON m.region_id = r.id JOIN segment s ON s.region_id = r.id
    WHERE EXISTS (SELECT 1 FROM client c WHERE c.gemeente_code = m.cbs_code)
    GROUP BY r.code ORDER BY r.code`);
  if (!rows.length) throw new Error('no region with clients: load the data first (generate:nationaal)');
  const r = mulberry32(7);
  const kies = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const uit: Filter[] = [];
  for (let i = 0; i < aantal; i++) {
    const regio = kies(rows);
    const periode = { van: `${JAAR}-01`, tot: `${JAAR}-12` };
    if (i % 3 === 0) {
      uit.push({ omschrijving: 'region, year', rol: `regio:${regio.code}`, filter: { regioCode: regio.code, ...periode },
        gemeenten: regio.gemeenten, segmentId: null, jaar: JAAR });
    } else if (i % 3 === 1) {
      const g = kies(regio.gemeenten);
      uit.push({ omschrijving: 'municipality, year', rol: `gemeente:${g}`, filter: { gemeenteCode: g, ...periode }, gemeenten: [g],
        segmentId: null, jaar: JAAR });
    } else {
      const s = kies(regio.segmenten);
      uit.push({ omschrijving: 'region × segment, year', rol: `regio:${regio.code}`, filter: { regioCode: regio.code, segmentId: s, ...periode },
        gemeenten: regio.gemeenten, segmentId: s, jaar: JAAR });
    }
  }
  return uit;
}

/** One dev token per role (api/auth/tokenUitgifte.ts; the in-process server trusts the dev key outside production). */
const tokens = new Map<string, Promise<string>>();
function tokenVoor(rol: string): Promise<string> {
  let t = tokens.get(rol);
  if (!t) tokens.set(rol, (t = muntDevToken(rol, { ttl: MAX_LEVENSDUUR_S, sub: 'bench:monitoring' })));
  return t;
}

async function graphql(url: string, rol: string, query: string, variables: Record<string, unknown>): Promise<any> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenVoor(rol)}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
}

/** Cells the projection shows (not suppressed) against the base tables' cells: the differences, as lines. */
function verschillen(v: Vraag, data: any, basis: Record<string, unknown>[]): string[] {
  const perSleutel = new Map(basis.map((b) => [String(b.sleutel), b]));
  const uit: string[] = [];
  for (const rij of v.rijen(data)) {
    if (rij.onderdrukt) continue;
    const b = perSleutel.get(String(rij.sleutel));
    for (const m of v.vergelijk) {
      const p = rij.cijfers[m] ?? 0;
      const q = Number(b?.[m] ?? 0);
      if (Math.abs(p - q) > 1e-6 * Math.max(1, Math.abs(q))) uit.push(`${rij.sleutel} ${m}: projection ${p}, base tables ${q}`);
    }
  }
  return uit;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      schaal: { type: 'string', default: '1' },
      runs: { type: 'string', default: '30' },
      'database-url': { type: 'string' },
      herbruik: { type: 'boolean', default: false },
      herbouw: { type: 'boolean', default: false },
      zonder: { type: 'string', default: '' },
      'per-client': { type: 'string', default: '' },
      alleen: { type: 'string', default: '' },
    },
  });
  const schaal = Number(values.schaal);
  const runs = Number(values.runs);
  const basisUrl = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  basisUrl.pathname = `/jr_nationaal_${String(schaal).replace('.', '_')}`;
  const url = values['database-url'] ?? basisUrl.toString();
  const log = (r: string) => console.log(r);
  const zonder = values.zonder.split(',').filter(Boolean);
  const perClient = values['per-client'].split(',').filter(Boolean);
  const alleen = values.alleen.split(',').filter(Boolean);

  if (!values.herbruik) {
    await genereerNationaal({ databaseUrl: url, schaal, seed: STANDAARD_SEED, projecties: PROJECTIES, zonderProjecties: zonder,
      perClientDelen: perClient, log });
  } else {
    const ds = createDataSource(url, { poolSize: 1 });
    await ds.initialize();
    try {
      const ran = await migrate(ds);
      if (ran.length) log(`migrated: ${ran.join(', ')}`);
    } finally {
      await ds.destroy();
    }
  }
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  if (values.herbouw) {
    for (const p of PROJECTIES.filter((x) => !zonder.includes(x.naam))) {
      const t = Date.now();
      if (perClient.includes(p.naam)) await herbouwPerClient(pool, p);
      else await p.herbouw(pool);
      log(`projection ${p.naam} rebuilt in ${Date.now() - t} ms`);
    }
  }
  const { rows: [omvang] } = await pool.query(`SELECT (SELECT count(*) FROM client)::int AS clienten, (SELECT count(*) FROM toewijzing)::int AS toewijzingen,
    (SELECT count(*) FROM prestatie)::int AS prestaties, pg_size_pretty(pg_database_size(current_database())) AS grootte`);
  log(`data: ${omvang.clienten} clients, ${omvang.toewijzingen} allocations, ${omvang.prestaties} prestaties; database ${omvang.grootte}`);

  const ds = createDataSource(url, { poolSize: 4, applicationName: 'bench-monitoring' });
  await ds.initialize();
  const server = await createServer({ dataSource: ds, port: 0, host: '127.0.0.1', logError: () => {} });
  const asks = await filters(pool, runs);
  const tabel: string[][] = [];
  let mismatches = 0;
  try {
    for (const v of VRAGEN.filter((x) => !alleen.length || alleen.includes(x.projectie))) {
      if (zonder.includes(v.projectie)) {
        tabel.push([v.naam, `not timed: projection ${v.projectie} not rebuilt (--zonder)`, '', '', '', '']);
        continue;
      }
      const proj: number[] = [];
      const basis: number[] = [];
      const gezien = new Set<string>();
      try {
        // One warm-up of each side (plan cache, first connection), not counted.
        await graphql(server.url, asks[0]!.rol, v.query, v.variabelen(asks[0]!));
        await pool.query(v.basis(asks[0]!).text, v.basis(asks[0]!).values);
        for (const f of asks) {
          let t = performance.now();
          const data = await graphql(server.url, f.rol, v.query, v.variabelen(f));
          proj.push(performance.now() - t);
          const q = v.basis(f);
          t = performance.now();
          const { rows } = await pool.query(q.text, q.values);
          basis.push(performance.now() - t);
          if (v.vergelijk.length && !gezien.has(f.omschrijving)) {
            gezien.add(f.omschrijving);
            const diff = verschillen(v, data, rows);
            if (diff.length) {
              mismatches += 1;
              console.error(`MISMATCH ${v.naam} [${f.omschrijving} ${JSON.stringify(f.filter)}]:\n  ${diff.slice(0, 8).join('\n  ')}`);
            }
          }
        }
      } catch (e) {
        tabel.push([v.naam, `error: ${(e as Error).message.slice(0, 80)}`, '', '', '', '']);
        continue;
      }
      const p50 = percentiel(proj, 50);
      const p95 = percentiel(proj, 95);
      const b50 = percentiel(basis, 50);
      const b95 = percentiel(basis, 95);
      tabel.push([v.naam, `${p50.toFixed(1)} / ${p95.toFixed(1)}`, `${b50.toFixed(1)} / ${b95.toFixed(1)}`, `${(b50 / p50).toFixed(1)}×`,
        p95 <= 50 && b50 / p50 >= 20 ? 'yes' : 'no', v.vergelijk.length ? 'compared' : 'timed only']);
    }
  } finally {
    await server.stop();
    await ds.destroy();
    await pool.end();
  }
  const kop = ['query', 'projection p50 / p95 ms (GraphQL)', 'base tables p50 / p95 ms (SQL)', 'speed-up (p50)', 'goal met', 'figures'];
  const breed = kop.map((k, i) => Math.max(k.length, ...tabel.map((r) => (r[i] ?? '').length)));
  const regel = (r: string[]) => `| ${r.map((c, i) => (c ?? '').padEnd(breed[i]!)).join(' | ')} |`;
  console.log(`\n${runs} runs per query (filters: region × year, municipality × year, region × segment × year; ${JAAR})`);
  console.log(regel(kop));
  console.log(`|${breed.map((b) => '-'.repeat(b + 2)).join('|')}|`);
  for (const r of tabel) console.log(regel(r));
  console.log(`goal: p95 ≤ 50 ms and ≥ 20× faster than the base tables${mismatches ? `; ${mismatches} MISMATCH(ES), see above` : '; figures agree'}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
