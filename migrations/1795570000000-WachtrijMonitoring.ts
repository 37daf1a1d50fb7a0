import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The monitoring queue: a unit of work records what it touched (integration/monitoring Geraakt) as one row in its own
 * transaction; the projector job (integration/monitoring/wachtrij.ts) refreshes the projections in batches. Named
 * monitoring_wachtrij, not mon_*, because it is no projection (the herbouw and privacy tests compare every mon_* table);
 * the class is not named Monitoring*, because creating an empty queue needs no rebuild at start-up (api/boot/monitoring.ts).
 */
export class WachtrijMonitoring1795570000000 implements MigrationInterface {
  name = 'WachtrijMonitoring1795570000000';

  async up(q: QueryRunner): Promise<void> {
    // The drain takes the oldest rows by id: the primary key is the index it reads.
    await q.query(`
      CREATE TABLE monitoring_wachtrij (
        id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        geraakt        jsonb NOT NULL,
        aangemaakt_op  timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE monitoring_wachtrij`);
  }
}
