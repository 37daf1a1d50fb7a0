/**
 * `npm run generate:nationaal -- [--schaal 1] [--seed 20260101] [--database-url postgres://…] [--stappen inkoop,zorg,herbouw]
 *   [--zonder gebruik,…] [--per-client gebruik,…]` — the national-scale bulk path (integration/nationaal/genereer.ts) with the projection registry.
 * Without --database-url: the database jeugdregie_nationaal on DATABASE_URL's server (default 127.0.0.1:5432), created
 * when missing; it never writes into DATABASE_URL's own database unless that is passed explicitly.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { PROJECTIES } from '../integration/monitoring/projecties.js';
import { genereerNationaal, type Stap } from '../integration/nationaal/genereer.js';
import { STANDAARD_SEED } from '../integration/nationaal/inkoop.js';

const STAPPEN: readonly Stap[] = ['inkoop', 'zorg', 'herbouw'];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      schaal: { type: 'string', default: '1' },
      seed: { type: 'string', default: String(STANDAARD_SEED) },
      'database-url': { type: 'string' },
      stappen: { type: 'string', default: STAPPEN.join(',') },
      zonder: { type: 'string', default: '' },
      'per-client': { type: 'string', default: '' },
    },
  });
  const stappen = values.stappen.split(',').map((s) => s.trim()) as Stap[];
  for (const s of stappen) if (!STAPPEN.includes(s)) throw new Error(`unknown step ${s} (${STAPPEN.join(', ')})`);
  const standaard = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  standaard.pathname = '/jeugdregie_nationaal';
  await genereerNationaal({
    databaseUrl: values['database-url'] ?? standaard.toString(),
    stappen,
    projecties: PROJECTIES,
    zonderProjecties: values.zonder.split(',').filter(Boolean),
    perClientDelen: values['per-client'].split(',').filter(Boolean),
    schaal: Number(values.schaal),
    seed: Number(values.seed),
    log: (r) => console.log(r),
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
