import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log of personal data (api/audit): one row per client per read or change, with who (the role's scope string
 * and the token's subject), when, which client (by pseudonym and municipality — never the BSN), which operation
 * (GraphQL operation name + root field) and, for reads, which client fields. Replaces audit_lezing (reads only, by
 * client id), whose rows move over with their pseudonym.
 *
 * auditLog (api/resolvers/AuditResolver.ts) lists newest first, keyset on (tijdstip, id); each filter has an index that
 * leads with it and ends with that key, so every page is one index range scan.
 */
export class AuditLog1795540000000 implements MigrationInterface {
  name = 'AuditLog1795540000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_log (
        id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        tijdstip      timestamptz NOT NULL DEFAULT now(),
        rol           text NOT NULL,            -- 'gemeente:0505', 'regio:ZHZ', 'beheer' (the token's role scope)
        subject       text,                     -- the token's sub: who at that organisation
        soort         text NOT NULL CONSTRAINT audit_log_soort CHECK (soort IN ('lezen', 'wijzigen')),
        operatie      text,                     -- GraphQL operation name, as the client named it
        veld          text NOT NULL,            -- the root field: 'Query.client', 'Mutation.issueToewijzing'
        gemeente_code char(4) NOT NULL,
        pseudoniem    char(64) NOT NULL,
        velden        text[] NOT NULL DEFAULT '{}' -- reads: the client fields resolved (bsn, toewijzingen, ...)
      )`);
    await q.query(`CREATE INDEX audit_log_tijd_idx ON audit_log (tijdstip, id)`);
    await q.query(`CREATE INDEX audit_log_pseudoniem_idx ON audit_log (pseudoniem, tijdstip, id)`);
    await q.query(`CREATE INDEX audit_log_rol_idx ON audit_log (rol, tijdstip, id)`);
    await q.query(`CREATE INDEX audit_log_operatie_idx ON audit_log (operatie, tijdstip, id)`);
    await q.query(`
      INSERT INTO audit_log (tijdstip, rol, soort, operatie, veld, gemeente_code, pseudoniem, velden)
      SELECT a.gelezen_op, a.rol, 'lezen', a.operatie, 'Client', a.gemeente_code, c.pseudoniem, a.velden
        FROM audit_lezing a JOIN client c ON c.gemeente_code = a.gemeente_code AND c.id = a.client_id
       ORDER BY a.id`);
    await q.query(`DROP TABLE audit_lezing`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_lezing (
        id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        rol           text NOT NULL,
        operatie      text,
        gemeente_code char(4) NOT NULL,
        client_id     bigint NOT NULL,
        velden        text[] NOT NULL DEFAULT '{}',
        gelezen_op    timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX audit_lezing_client_idx ON audit_lezing (gemeente_code, client_id, gelezen_op)`);
    await q.query(`
      INSERT INTO audit_lezing (rol, operatie, gemeente_code, client_id, velden, gelezen_op)
      SELECT a.rol, a.operatie, a.gemeente_code, c.id, a.velden, a.tijdstip
        FROM audit_log a JOIN client c ON c.gemeente_code = a.gemeente_code AND c.pseudoniem = a.pseudoniem
       WHERE a.soort = 'lezen' ORDER BY a.id`);
    await q.query(`DROP TABLE audit_log`);
  }
}
