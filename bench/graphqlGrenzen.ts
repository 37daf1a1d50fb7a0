/**
 * How fast the GraphQL endpoint refuses hostile operations, against an ordinary query on the demo region as reference
 * (same run, same server), and what the tenant visibility check (api/auth/zichtbaarheid.ts) costs a non-beheer role.
 * Over real HTTP, median of `n` requests per row (after 3 warm-up requests; every text distinct, so nothing is served
 * from Apollo's document cache), on a fresh migrated database.
 *   npm run bench:graphql-grenzen -- [n]
 */
import 'reflect-metadata';
import { loadDemoData } from '../api/boot/demoData.js';
import { muntDevToken } from '../api/auth/tokenUitgifte.js';
import { createServer } from '../api/server.js';
import { createDataSource } from '../ormconfig.js';
import { benchDatabase } from './db.js';

interface Rij {
  naam: string;
  /** The i-th request's body: each text differs (a comment), so Apollo's cache of validated documents never helps. */
  body: (i: number) => string | Uint8Array;
  token: 'beheer' | 'regio';
}

const GEWOON = `{ regions(first: 10) { edges { node { code name municipalities { cbsCode name } contracts { reference provider { agbCode } } } } } }`;

function rijen(): Rij[] {
  const json = (query: string) => (i: number) => JSON.stringify({ query: `${query}\n# ${i}` });
  let diep = 'code';
  for (let i = 0; i < 6; i++) diep = `municipalities { region { ${diep} } }`;
  const breed = Array.from({ length: 200 }, (_, i) => `a${i}: contracts(first: 500) { edges { node { id reference } } }`).join(' ');
  const aliassen = Array.from({ length: 20_000 }, (_, i) => `a${i}: __typename`).join(' ');
  const bom = Array.from({ length: 20 }, (_, i) => `fragment F${i} on Region { code ${i < 19 ? `...F${i + 1} ...F${i + 1}` : ''} }`).join(' ');
  const groot = Buffer.from(JSON.stringify({ query: '{ regions { totalCount } }', variables: { x: 'x'.repeat(10 * 1024 * 1024) } }));
  return [
    { naam: 'reference: ordinary nested query (beheer)', body: json(GEWOON), token: 'beheer' },
    { naam: 'reference: the same query as regio (visibility checks)', body: json(GEWOON), token: 'regio' },
    { naam: 'deep: 15 levels', body: json(`{ regions { edges { node { ${diep} } } } }`), token: 'beheer' },
    { naam: 'wide: 200 aliases × first: 500', body: json(`{ ${breed} }`), token: 'beheer' },
    { naam: '20,000 aliases (~400 KB)', body: json(`{ ${aliassen} }`), token: 'beheer' },
    { naam: 'fragment bomb: 2^20 spreads', body: json(`{ regions(first: 1) { edges { node { ...F0 } } } } ${bom}`), token: 'beheer' },
    { naam: 'first: 100000', body: json(`{ contracts(first: 100000) { totalCount } }`), token: 'beheer' },
    { naam: 'batch of 2', body: () => JSON.stringify([{ query: '{ regions { totalCount } }' }, { query: '{ regions { totalCount } }' }]), token: 'beheer' },
    { naam: '10 MB body', body: () => groot, token: 'beheer' },
  ];
}

async function main() {
  const n = Number(process.argv[2] ?? 20);
  const db = await benchDatabase(2);
  const ds = createDataSource(db.url, { poolSize: 10 });
  await ds.initialize();
  await loadDemoData(ds);
  const server = await createServer({ dataSource: ds, port: 0, host: '127.0.0.1', logError: () => undefined });
  const tokens = { beheer: await muntDevToken('beheer'), regio: await muntDevToken('regio:ZHZ') };
  try {
    console.log(`GraphQL limits, median of ${n} requests over HTTP (demo region ZHZ)\n`);
    console.log(`${'operation'.padEnd(58)} ${'status'.padStart(6)}  ${'code'.padEnd(26)} ${'median ms'.padStart(9)}`);
    for (const rij of rijen()) {
      const tijden: number[] = [];
      let status = 0;
      let code = '';
      for (let i = 0; i < n + 3; i++) {
        const t0 = performance.now();
        const res = await fetch(server.url, { method: 'POST', body: rij.body(i), headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[rij.token]}` } });
        const tekst = await res.text();
        if (i >= 3) tijden.push(performance.now() - t0);
        status = res.status;
        try {
          code = (JSON.parse(tekst) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code ?? '';
        } catch {
          code = tekst.slice(0, 24).trim();
        }
      }
      tijden.sort((a, b) => a - b);
      console.log(`${rij.naam.padEnd(58)} ${String(status).padStart(6)}  ${code.padEnd(26)} ${tijden[Math.floor(tijden.length / 2)]!.toFixed(1).padStart(9)}`);
    }
  } finally {
    await server.stop();
    await ds.destroy();
    await db.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
