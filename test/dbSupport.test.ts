import { Region } from '../schema';
import { useTestDatabase } from './support/db';

const db = useTestDatabase();

test('each test file gets its own migrated database', async () => {
  const { rows } = await db.pool.query<{ db: string; n: string }>(
    `SELECT current_database() AS db, (SELECT count(*) FROM cbs_gemeente) AS n`,
  );
  expect(rows[0]!.db).toMatch(/^jr_t_/);
  expect(Number(rows[0]!.n)).toBe(342);
  const saved = await db.dataSource.getRepository(Region).save({ code: 'TST', name: 'Test' });
  expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
});
