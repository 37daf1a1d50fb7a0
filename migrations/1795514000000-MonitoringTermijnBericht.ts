import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deadline compliance per message (issue 6 §6, integration/monitoring/termijnnaleving.ts): the message deadlines
 * (OP090, OP090x4) get an item table like the allocation deadlines, refreshed per message the unit of work names
 * (Geraakt.berichten), so a refresh re-counts one municipality × month × provider instead of the municipality's month.
 * Both item tables are read per such cell (…_cel_idx).
 */
export class MonitoringTermijnBericht1795514000000 implements MigrationInterface {
  name = 'MonitoringTermijnBericht1795514000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mon_termijn_bericht (
        gemeente_code  char(4) NOT NULL,
        bericht_id     bigint NOT NULL,
        regel          text NOT NULL,
        maand          date NOT NULL,
        aanbieder_agb  text NOT NULL,  -- the provider on the other side ('' when the message names none)
        partij         text NOT NULL,  -- who owes the deadline
        te_laat        boolean NOT NULL,
        CONSTRAINT mon_termijn_bericht_pkey PRIMARY KEY (gemeente_code, bericht_id),
        CONSTRAINT mon_termijn_bericht_regel_valid CHECK (regel IN ('OP090', 'OP090x4')),
        CONSTRAINT mon_termijn_bericht_partij_valid CHECK (partij IN ('gemeente', 'aanbieder'))
      )`);
    await q.query(`CREATE INDEX mon_termijn_bericht_cel_idx ON mon_termijn_bericht (gemeente_code, maand, aanbieder_agb)`);
    await q.query(`DROP INDEX mon_termijn_toewijzing_maand_idx`);
    await q.query(`CREATE INDEX mon_termijn_toewijzing_cel_idx ON mon_termijn_toewijzing (gemeente_code, maand, aanbieder_agb)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX mon_termijn_toewijzing_cel_idx`);
    await q.query(`CREATE INDEX mon_termijn_toewijzing_maand_idx ON mon_termijn_toewijzing (gemeente_code, maand)`);
    await q.query(`DROP TABLE mon_termijn_bericht`);
  }
}
