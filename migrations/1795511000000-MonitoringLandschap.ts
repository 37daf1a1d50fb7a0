import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Monitoring projection "landschap" (issue 6 §5, integration/monitoring/landschap.ts): the provider landscape per
 * segment and year.
 *
 * - mon_zorg_jaar: which client had an active allocation with which provider in which segment in which year (one row
 *   each); refreshed per touched client (primary key prefix), counted per provider (mon_zorg_jaar_aanbieder_idx).
 * - mon_landschap: per municipality × year × segment × provider its turnover (approved spend, from
 *   mon_geld_declaratie) and its unique clients. Thresholds (small turnover, few clients) and the top-5 share are
 *   applied at query time over these rows; the primary key serves the query (gemeente_code = ANY(...) AND jaar = ...).
 *   A client is a youth within one municipality, so clients sum exactly over municipalities.
 */
export class MonitoringLandschap1795511000000 implements MigrationInterface {
  name = 'MonitoringLandschap1795511000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mon_zorg_jaar (
        gemeente_code  char(4) NOT NULL,
        client_id      bigint NOT NULL,
        jaar           integer NOT NULL,
        segment_id     uuid NOT NULL,
        aanbieder_agb  char(8) NOT NULL,
        CONSTRAINT mon_zorg_jaar_pkey PRIMARY KEY (gemeente_code, client_id, jaar, segment_id, aanbieder_agb)
      )`);
    await q.query(`CREATE INDEX mon_zorg_jaar_aanbieder_idx ON mon_zorg_jaar (gemeente_code, aanbieder_agb, segment_id, jaar)`);

    await q.query(`
      CREATE TABLE mon_landschap (
        gemeente_code  char(4) NOT NULL,
        jaar           integer NOT NULL,
        segment_id     uuid NOT NULL,
        aanbieder_agb  char(8) NOT NULL,
        omzet_cents    bigint NOT NULL,
        clienten       integer NOT NULL,
        CONSTRAINT mon_landschap_pkey PRIMARY KEY (gemeente_code, jaar, segment_id, aanbieder_agb)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mon_landschap`);
    await q.query(`DROP TABLE mon_zorg_jaar`);
  }
}
