import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Referral behaviour's finest cells (municipality × month × referrer type × segment × product category × provider) with
 * their counts, exact within the cell: a query grouped by all six dimensions (the default) reads these only; coarser
 * groupings count distinct over mon_verwijzing. Kept in the same refresh as mon_verwijzing (integration/monitoring/
 * cellen.ts); filled by herbouw (start-up does that after a Monitoring* migration).
 */
export class MonitoringVerwijzingCel1795500003000 implements MigrationInterface {
  name = 'MonitoringVerwijzingCel1795500003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mon_verwijzing_cel (
        gemeente_code     char(4) NOT NULL,
        maand             date NOT NULL,
        verwijzer_type    text NOT NULL,
        segment_id        uuid,
        product_categorie char(2),
        aanbieder_agb     char(8) NOT NULL,
        verzoeken         integer NOT NULL,
        toewijzingen      integer NOT NULL,
        jeugdigen         integer NOT NULL,
        CONSTRAINT mon_verwijzing_cel_sleutel UNIQUE NULLS NOT DISTINCT (gemeente_code, maand, verwijzer_type, segment_id, product_categorie, aanbieder_agb)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mon_verwijzing_cel`);
  }
}
