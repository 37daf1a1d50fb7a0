import { metLeesGeheugen } from '../leesGeheugen';
import type { Queryable } from '../Regel';

function teller() {
  const gezien: string[] = [];
  const db: Queryable = {
    async query(text: string, values?: unknown[]) {
      gezien.push(`${text} ${JSON.stringify(values ?? [])}`);
      return { rows: [{ n: gezien.length }] as never[], rowCount: 1 };
    },
  };
  return { db, gezien };
}

test('the same read-only statement with the same values reaches the database once per memo', async () => {
  const { db, gezien } = teller();
  const m = metLeesGeheugen(db);
  const a = await m.query('SELECT 1 FROM toewijzing WHERE id = $1', ['7']);
  const b = await m.query('SELECT 1 FROM toewijzing WHERE id = $1', ['7']);
  expect(b.rows).toEqual(a.rows);
  expect(b.rows).not.toBe(a.rows); // each caller its own array
  await m.query('SELECT 1 FROM toewijzing WHERE id = $1', ['8']);
  await m.query('WITH x AS (SELECT 1) SELECT * FROM x', []);
  await m.query('WITH x AS (SELECT 1) SELECT * FROM x', []);
  expect(gezien).toHaveLength(3);
  // a new memo (the next message) asks again
  await metLeesGeheugen(db).query('SELECT 1 FROM toewijzing WHERE id = $1', ['7']);
  expect(gezien).toHaveLength(4);
});

test('locking reads, sequences and writes always reach the database', async () => {
  const { db, gezien } = teller();
  const m = metLeesGeheugen(db);
  for (const q of ['SELECT 1 FROM t WHERE id = $1 FOR UPDATE', 'SELECT nextval(\'s\')', 'UPDATE t SET a = 1 WHERE id = $1',
    'WITH u AS (UPDATE t SET a = 1 RETURNING id) SELECT * FROM u']) {
    await m.query(q, ['1']);
    await m.query(q, ['1']);
  }
  expect(gezien).toHaveLength(8);
});
