import { receive } from '../../integration/flows/receive';
import { useTestDatabase } from '../support/db';
import { ijwVoorbeeld } from '../support/fixtures';

const jw315 = ijwVoorbeeld('JW315');

const db = useTestDatabase();

test('a new message is stored raw with its identity, status received', async () => {
  const r = await receive(db.pool, jw315, { kanaal: 'test' });
  expect(r.soort).toBe('nieuw');
  const { rows } = await db.pool.query(`SELECT type, afzender, ontvanger, identificatie, to_char(dagtekening,'YYYY-MM-DD') d, gemeente_code, status, raw FROM bericht WHERE id = $1`, [r.id]);
  expect(rows[0]).toMatchObject({ type: 'JW315', afzender: '42420001', ontvanger: '0384', identificatie: '123456789012', d: '2026-04-01', gemeente_code: '0384', status: 'received' });
  expect(rows[0].raw.toString('utf8')).toBe(jw315);
});

test('the same bytes delivered again are recognised, not stored twice', async () => {
  const a = await receive(db.pool, jw315, { kanaal: 'test' });
  expect(a.soort).toBe('herlevering');
  const { rows } = await db.pool.query(`SELECT count(*)::int n FROM bericht WHERE identificatie = '123456789012'`);
  expect(rows[0].n).toBe(1);
});

test('same identity with other content is stored as a duplicate of the original (TR056)', async () => {
  const ander = jw315.replace('Client Commentaar', 'Ander commentaar');
  const r = await receive(db.pool, ander, { kanaal: 'test' });
  expect(r.soort).toBe('nieuw');
  if (r.soort !== 'nieuw') return;
  expect(r.duplicaatVan).not.toBeNull();
  const again = await receive(db.pool, ander, { kanaal: 'test' });
  expect(again).toMatchObject({ soort: 'herlevering', id: r.id });
});

test('concurrent deliveries of one message store exactly one row', async () => {
  const xml = jw315.replace('123456789012', 'CONCURRENT01');
  const results = await Promise.all(Array.from({ length: 8 }, () => receive(db.pool, xml, { kanaal: 'test' })));
  expect(results.filter((r) => r.soort === 'nieuw')).toHaveLength(1);
  expect(new Set(results.map((r) => r.id)).size).toBe(1);
});

test('undecodable input is stored as onbekend, once', async () => {
  const a = await receive(db.pool, 'dit is geen xml', { kanaal: 'test' });
  const b = await receive(db.pool, 'dit is geen xml', { kanaal: 'test' });
  expect(a.soort).toBe('nieuw');
  expect(b).toMatchObject({ soort: 'herlevering', id: a.id });
  const { rows } = await db.pool.query(`SELECT type, status FROM bericht WHERE id = $1`, [a.id]);
  expect(rows[0]).toEqual({ type: 'onbekend', status: 'received' });
});
