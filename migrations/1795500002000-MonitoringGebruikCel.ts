import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Usage at national scale: distinct counts over the allocation-month rows of a region's year (~200,000 rows) take far
 * longer than the 50 ms a monitoring query may. mon_gebruik_cel holds the finest cells (municipality × segment ×
 * provider × month) with their counts, exact within the cell; a query grouped by all four dimensions (the default)
 * reads these cells only. It is kept with mon_gebruik in the same refresh: the cells the touched clients had or have
 * are recomputed from mon_gebruik (mon_gebruik_cel_bron_idx serves that), so it always equals their aggregate.
 * Coarser groupings keep counting distinct over mon_gebruik (exact; slower). Rebuilt by herbouw (start-up does that
 * after a Monitoring* migration).
 */
export class MonitoringGebruikCel1795500002000 implements MigrationInterface {
  name = 'MonitoringGebruikCel1795500002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mon_gebruik_cel (
        gemeente_code        char(4) NOT NULL,
        segment_id           uuid NOT NULL,
        aanbieder_agb        char(8) NOT NULL,
        maand                date NOT NULL,
        jeugdigen            integer NOT NULL,
        toewijzingen         integer NOT NULL,
        gestapelde_jeugdigen integer NOT NULL,
        nieuw                integer NOT NULL,
        recidief             integer NOT NULL,
        herindicatie         integer NOT NULL,
        herindicatie_jw317   integer NOT NULL,
        CONSTRAINT mon_gebruik_cel_pkey PRIMARY KEY (gemeente_code, maand, segment_id, aanbieder_agb)
      )`);
    await q.query(`CREATE INDEX mon_gebruik_cel_bron_idx ON mon_gebruik (gemeente_code, maand, segment_id, aanbieder_agb)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX mon_gebruik_cel_bron_idx`);
    await q.query(`DROP TABLE mon_gebruik_cel`);
  }
}
