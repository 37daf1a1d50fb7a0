/**
 * Start-up of the database for `npm start` (api/main.ts): DATABASE_URL when set, else the embedded
 * PostgreSQL in data/pg; then the migrations; then, on an empty database, the demo region.
 */
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../ormconfig.js';
import { startEmbeddedPostgres } from './embeddedPostgres.js';
import type { EmbeddedPostgres } from './embeddedPostgres.js';
import { migrate } from './migrate.js';
import { herbouwMonitoringNaMigratie } from './monitoring.js';
import { describeDemoSummary, loadDemoData } from './demoData.js';
import type { DemoDataSummary } from './demoData.js';

export interface OpenDatabaseOptions {
  /** Default: process.env.DATABASE_URL; unset = embedded PostgreSQL. */
  databaseUrl?: string;
  /** Embedded data directory; default <project>/data/pg (EMBEDDED_PG_DATA_DIR overrides). */
  dataDir?: string;
  /** Load the demo region into an empty database (default true; JEUGDREGIE_DEMO_DATA=0 turns it off). */
  demoData?: boolean;
  log?: (message: string) => void;
}

export interface OpenDatabase {
  dataSource: DataSource;
  /** The URL in use (for further pools), and the same with the password masked (for logs). */
  url: string;
  displayUrl: string;
  embedded?: EmbeddedPostgres;
  migrationsRun: string[];
  demo?: DemoDataSummary;
  /** Close the DataSource, then stop the embedded server if there is one. */
  close(): Promise<void>;
}

/** The project root: two levels up from api/boot, also from dist/api/boot. */
function projectRoot(): string {
  const up = path.resolve(__dirname, '../..');
  return path.basename(up) === 'dist' ? path.dirname(up) : up;
}

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<OpenDatabase> {
  const log = options.log ?? ((m: string) => console.log(m));
  let url = options.databaseUrl ?? process.env.DATABASE_URL;
  let embedded: EmbeddedPostgres | undefined;
  if (!url) {
    const dataDir = options.dataDir ?? process.env.EMBEDDED_PG_DATA_DIR ?? path.join(projectRoot(), 'data', 'pg');
    const t0 = performance.now();
    embedded = await startEmbeddedPostgres({ dataDir, database: 'jeugdregie', log: (m) => log(`embedded PostgreSQL: ${m}`) });
    url = embedded.url;
    log(`embedded PostgreSQL on 127.0.0.1:${embedded.port} (data ${path.relative(process.cwd(), dataDir) || dataDir}) ` +
      `ready in ${Math.round(performance.now() - t0)} ms`);
  }
  const dataSource = createDataSource(url);
  try {
    await dataSource.initialize();
    const migrationsRun = await migrate(dataSource);
    if (migrationsRun.length) log(`ran ${migrationsRun.length} migration(s): ${migrationsRun.join(', ')}`);
    await herbouwMonitoringNaMigratie(dataSource, migrationsRun, log);
    let demo: DemoDataSummary | undefined;
    const wantDemo = options.demoData ?? process.env.JEUGDREGIE_DEMO_DATA !== '0';
    if (wantDemo) {
      demo = await loadDemoData(dataSource);
      log(describeDemoSummary(demo));
    }
    return {
      dataSource,
      url,
      displayUrl: url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@'),
      embedded,
      migrationsRun,
      demo,
      async close() {
        if (dataSource.isInitialized) await dataSource.destroy();
        await embedded?.stop();
      },
    };
  } catch (err) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw err;
  }
}
