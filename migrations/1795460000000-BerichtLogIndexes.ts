import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the GraphQL message log (api/resolvers/BerichtLogResolver.ts, api/services/berichtLog.sql.ts) and the
 * read-audit table (api/plugins/useAudit.ts). Every log query is scoped to the caller's municipalities
 * (gemeente_code = ANY(...)) and ordered newest first on (ontvangen_op, id), so the btree indexes lead with
 * gemeente_code and end with ontvangen_op. The type filter is served by bericht_log_idx (migration BerichtStore).
 */
export class BerichtLogIndexes1795460000000 implements MigrationInterface {
  name = 'BerichtLogIndexes1795460000000';

  async up(q: QueryRunner): Promise<void> {
    // No filter / period only: the keyset walk itself.
    await q.query(`CREATE INDEX bericht_gemeente_tijd_idx ON bericht (gemeente_code, ontvangen_op, id)`);
    // status filter (e.g. every rejected message of last week).
    await q.query(`CREATE INDEX bericht_status_idx ON bericht (gemeente_code, status, ontvangen_op)`);
    // provider filter: afzender = agb OR ontvanger = agb → a BitmapOr of these two.
    await q.query(`CREATE INDEX bericht_afzender_idx ON bericht (gemeente_code, afzender, ontvangen_op)`);
    await q.query(`CREATE INDEX bericht_ontvanger_idx ON bericht (gemeente_code, ontvanger, ontvangen_op)`);
    // return code filter: retourcodes @> ARRAY['9359'].
    await q.query(`CREATE INDEX bericht_retourcodes_gin ON bericht USING gin (retourcodes)`);

    // Who read which client's data (role, municipality/region, operation). Append-only; no BSN, the client by id.
    await q.query(`
      CREATE TABLE audit_lezing (
        id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        rol           text NOT NULL,          -- 'gemeente:0505', 'regio:ZHZ'
        operatie      text,                   -- GraphQL operation name
        gemeente_code char(4) NOT NULL,
        client_id     bigint NOT NULL,
        velden        text[] NOT NULL DEFAULT '{}', -- the client fields read (bsn, toewijzingen, ...)
        gelezen_op    timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX audit_lezing_client_idx ON audit_lezing (gemeente_code, client_id, gelezen_op)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_lezing`);
    await q.query(`DROP INDEX bericht_retourcodes_gin`);
    await q.query(`DROP INDEX bericht_ontvanger_idx`);
    await q.query(`DROP INDEX bericht_afzender_idx`);
    await q.query(`DROP INDEX bericht_status_idx`);
    await q.query(`DROP INDEX bericht_gemeente_tijd_idx`);
  }
}
