/**
 * One benchmarked server in its own process (so both servers get one JS thread each, like in production):
 *   node -r ./test/flows/swcRegister.js bench/graphql/serve.ts jeugdregie|postgraphile
 * with DATABASE_URL and BENCH_POOL (pool size). Reports `{ url }` over IPC when it listens; stops on SIGTERM.
 */
import 'reflect-metadata';
import { createServer } from '../../api/server.js';
import { createDataSource } from '../../ormconfig.js';
import { startPostGraphile } from './postgraphile.js';

async function main(): Promise<void> {
  const which = process.argv[2];
  const url = process.env.DATABASE_URL!;
  const poolSize = Number(process.env.BENCH_POOL ?? 10);
  let stop: () => Promise<void>;
  let endpoint: string;
  if (which === 'jeugdregie') {
    const dataSource = createDataSource(url, { poolSize, applicationName: 'bench-jeugdregie' });
    await dataSource.initialize();
    const server = await createServer({ dataSource, port: 0, host: '127.0.0.1', logError: (e) => console.error('[jeugdregie]', e) });
    endpoint = server.url;
    stop = async () => {
      await server.stop();
      await dataSource.destroy();
    };
  } else if (which === 'postgraphile') {
    const server = await startPostGraphile({ connectionString: url, poolSize });
    endpoint = server.url;
    stop = server.stop;
  } else {
    throw new Error(`unknown server ${which}`);
  }
  process.once('SIGTERM', () => void stop().then(() => process.exit(0)));
  process.send!({ url: endpoint });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
