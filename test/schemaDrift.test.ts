/**
 * The entities in schema/ and the migrations describe the same tables. TypeORM's schema builder lists
 * what it would change to make the migrated database match the entities; the only acceptable changes are
 * dropping the constraints the migrations add on purpose beyond what entities can express (CHECKs,
 * exclusions, composite FKs: every one listed in schema/constraints.ts). Any column, type, nullability,
 * default, FK or index difference fails here: fix the entity or write a migration.
 */
import { CONSTRAINTS } from '../schema';
import { useTestDatabase } from './support/db';

const db = useTestDatabase();

const DELIBERATE = new Set([...Object.keys(CONSTRAINTS), 'cbs_gemeente_code_format']);

test('entities and migrations agree', async () => {
  const { upQueries } = await db.dataSource.driver.createSchemaBuilder().log();
  const unexpected = upQueries
    .map((q) => q.query)
    .filter((sql) => {
      const m = /^ALTER TABLE "[a-z0-9_]+" DROP CONSTRAINT "([a-z0-9_]+)"$/.exec(sql);
      return !(m && DELIBERATE.has(m[1]!));
    });
  expect(unexpected).toEqual([]);
});
