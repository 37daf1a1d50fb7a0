/**
 * The audit write of a read (api/audit/auditLog.sql.ts insertLezingen) finds each client through an index on its
 * municipality (client_pkey with real statistics): it runs before every response that carries client data, so a sequential scan of
 * the client table there costs every such request time proportional to all clients (it did: text[] against the
 * char(4) column, 26 ms per 100 reads at 80,000 clients). Sequential scans are switched off so the empty test table
 * cannot hide a plan that could not use the index.
 */
import { insertLezingen } from '../api/audit/auditLog.sql';
import { useTestDatabase } from './support/db';

const db = useTestDatabase();

it('looks clients up by an index on gemeente_code, never by a sequential scan', async () => {
  const q = insertLezingen({ rol: 'regio:ZOB', subject: 'test' }, 'D',
    [{ veld: 'Query.toewijzingen', gemeenteCode: '0599', clientId: '17', velden: ['pseudoniem'] },
      { veld: 'Query.toewijzingen', gemeenteCode: '0606', clientId: '18', velden: ['pseudoniem'] }]);
  const client = await db.pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL enable_seqscan = off');
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${q.text}`, q.values);
    const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    expect(plan).not.toMatch(/Seq Scan on client/);
    // On the empty test table the planner may pick client_bsn_uniq (gemeente_code, bsn) over client_pkey; either way
    // the municipality must be an index condition, which the text[] version could not be (gemeente_code::text).
    expect(plan).toMatch(/Index Scan using client_\w+ on client c[^\n]*\n\s+Index Cond: \([^\n]*gemeente_code = x\.gemeente_code/);
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
});
