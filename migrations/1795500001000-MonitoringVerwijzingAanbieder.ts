import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Referral behaviour per provider too ("which referrers send which youths where"): mon_verwijzing gets the provider the
 * request was sent by / the allocation was made to. The projection is emptied and must be rebuilt (herbouwAlles; the
 * start-up does that when the monitoring tables are empty and the care tables are not, api/boot/database.ts).
 */
export class MonitoringVerwijzingAanbieder1795500001000 implements MigrationInterface {
  name = 'MonitoringVerwijzingAanbieder1795500001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`TRUNCATE mon_verwijzing`);
    await q.query(`ALTER TABLE mon_verwijzing DROP CONSTRAINT mon_verwijzing_sleutel`);
    await q.query(`DROP INDEX mon_verwijzing_maand_idx`);
    await q.query(`ALTER TABLE mon_verwijzing ADD COLUMN aanbieder_agb char(8) NOT NULL`);
    await q.query(`ALTER TABLE mon_verwijzing ADD CONSTRAINT mon_verwijzing_sleutel
                   UNIQUE NULLS NOT DISTINCT (gemeente_code, client_id, maand, verwijzer_type, segment_id, product_categorie, aanbieder_agb)`);
    await q.query(`CREATE INDEX mon_verwijzing_maand_idx ON mon_verwijzing (gemeente_code, maand)
                   INCLUDE (verwijzer_type, segment_id, product_categorie, aanbieder_agb, pseudoniem, verzoeken, toewijzingen)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`TRUNCATE mon_verwijzing`);
    await q.query(`ALTER TABLE mon_verwijzing DROP CONSTRAINT mon_verwijzing_sleutel`);
    await q.query(`DROP INDEX mon_verwijzing_maand_idx`);
    await q.query(`ALTER TABLE mon_verwijzing DROP COLUMN aanbieder_agb`);
    await q.query(`ALTER TABLE mon_verwijzing ADD CONSTRAINT mon_verwijzing_sleutel
                   UNIQUE NULLS NOT DISTINCT (gemeente_code, client_id, maand, verwijzer_type, segment_id, product_categorie)`);
    await q.query(`CREATE INDEX mon_verwijzing_maand_idx ON mon_verwijzing (gemeente_code, maand)
                   INCLUDE (verwijzer_type, segment_id, product_categorie, pseudoniem, verzoeken, toewijzingen)`);
  }
}
