import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Monitoring projection "termijnen" (issue 6 §6, integration/monitoring/termijnnaleving.ts): deadline compliance per
 * municipality × month × rule (OP090, OP090x4, OP271, OP272) × provider × party that owes the deadline.
 *
 * - mon_termijn_toewijzing: the allocation deadlines (OP271 start, OP272 stop), one row per allocation × rule, with its
 *   month and whether it was flagged; refreshed per touched allocation, summed per month (mon_termijn_toewijzing_maand_idx).
 * - mon_termijn: per municipality × month × rule × provider × party: deadlines and flagged (late) ones; the message
 *   deadlines (OP090, OP090x4) are counted from bericht per municipality × month (bericht_log_idx), the allocation
 *   deadlines from mon_termijn_toewijzing. The primary key serves the query.
 */
export class MonitoringTermijnen1795512000000 implements MigrationInterface {
  name = 'MonitoringTermijnen1795512000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mon_termijn_toewijzing (
        gemeente_code  char(4) NOT NULL,
        toewijzing_id  bigint NOT NULL,
        regel          text NOT NULL,
        maand          date NOT NULL,
        aanbieder_agb  char(8) NOT NULL,
        te_laat        boolean NOT NULL,
        CONSTRAINT mon_termijn_toewijzing_pkey PRIMARY KEY (gemeente_code, toewijzing_id, regel),
        CONSTRAINT mon_termijn_toewijzing_regel_valid CHECK (regel IN ('OP271', 'OP272'))
      )`);
    await q.query(`CREATE INDEX mon_termijn_toewijzing_maand_idx ON mon_termijn_toewijzing (gemeente_code, maand)`);

    await q.query(`
      CREATE TABLE mon_termijn (
        gemeente_code  char(4) NOT NULL,
        maand          date NOT NULL,
        regel          text NOT NULL,
        aanbieder_agb  text NOT NULL,  -- the provider on the other side ('' when the message names none)
        partij         text NOT NULL,  -- who owes the deadline
        aantal         integer NOT NULL,
        te_laat        integer NOT NULL,
        CONSTRAINT mon_termijn_pkey PRIMARY KEY (gemeente_code, maand, regel, aanbieder_agb, partij),
        CONSTRAINT mon_termijn_regel_valid CHECK (regel IN ('OP090', 'OP090x4', 'OP271', 'OP272')),
        CONSTRAINT mon_termijn_partij_valid CHECK (partij IN ('gemeente', 'aanbieder'))
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mon_termijn`);
    await q.query(`DROP TABLE mon_termijn_toewijzing`);
  }
}
