import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { entities } from './schema/index.js';
import { migrations } from './migrations/index.js';

/**
 * The one DataSource of Jeugdregie, built from DATABASE_URL (the TypeORM CLI needs exactly one
 * exported DataSource: `npx typeorm migration:run -d dist/ormconfig.js`). Tests and `npm start`
 * build their own with createDataSource(url). synchronize is never on: the schema comes from the
 * reviewed migrations only.
 */
export function createDataSource(url: string, options: { poolSize?: number; applicationName?: string } = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTableName: 'typeorm_migrations',
    poolSize: options.poolSize ?? 10,
    applicationName: options.applicationName ?? 'jeugdregie',
  });
}

/** The only DataSource export (a second one, even the same instance, makes the CLI refuse the file). */
export default createDataSource(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/jeugdregie');
