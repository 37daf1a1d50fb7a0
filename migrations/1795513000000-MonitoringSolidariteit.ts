import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Solidarity (issue 6 §7, integration/monitoring/solidariteit.ts): the region shares the cost of its heavy segments.
 *
 * - segment.solidair: the segment's costs are shared by the region (heavy, rare care: hoog-specialistisch, crisis, GI).
 * - region.solidariteit_verdeelsleutel: how: 'inwoners_jeugd_3jr' = by each municipality's 3-year rolling average of
 *   youths in care (the default), or 'objectief' = by a key the region fixed per municipality and year
 *   (solidariteit_sleutel, e.g. the objective distribution model's weights).
 * - mon_jeugdige_jaar / mon_jeugdigen_jaar: the projection: which client was in care (an active allocation) in which
 *   year, and the count per municipality × year (primary key serves the query; mon_jeugdige_jaar_jaar_idx the recount).
 */
export class MonitoringSolidariteit1795513000000 implements MigrationInterface {
  name = 'MonitoringSolidariteit1795513000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE segment ADD COLUMN solidair boolean NOT NULL DEFAULT false`);
    await q.query(`CREATE TYPE solidariteit_verdeelsleutel AS ENUM ('inwoners_jeugd_3jr', 'objectief')`);
    await q.query(`ALTER TABLE region ADD COLUMN solidariteit_verdeelsleutel solidariteit_verdeelsleutel NOT NULL DEFAULT 'inwoners_jeugd_3jr'`);
    await q.query(`
      CREATE TABLE solidariteit_sleutel (
        municipality_id  uuid NOT NULL,
        jaar             integer NOT NULL,
        gewicht          numeric NOT NULL,
        CONSTRAINT solidariteit_sleutel_pkey PRIMARY KEY (municipality_id, jaar),
        CONSTRAINT solidariteit_sleutel_municipality_fkey FOREIGN KEY (municipality_id) REFERENCES municipality (id),
        CONSTRAINT solidariteit_sleutel_gewicht_positief CHECK (gewicht >= 0)
      )`);
    await q.query(`
      CREATE TABLE mon_jeugdige_jaar (
        gemeente_code  char(4) NOT NULL,
        client_id      bigint NOT NULL,
        jaar           integer NOT NULL,
        CONSTRAINT mon_jeugdige_jaar_pkey PRIMARY KEY (gemeente_code, client_id, jaar)
      )`);
    await q.query(`CREATE INDEX mon_jeugdige_jaar_jaar_idx ON mon_jeugdige_jaar (gemeente_code, jaar)`);
    await q.query(`
      CREATE TABLE mon_jeugdigen_jaar (
        gemeente_code  char(4) NOT NULL,
        jaar           integer NOT NULL,
        jeugdigen      integer NOT NULL,
        CONSTRAINT mon_jeugdigen_jaar_pkey PRIMARY KEY (gemeente_code, jaar)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mon_jeugdigen_jaar`);
    await q.query(`DROP TABLE mon_jeugdige_jaar`);
    await q.query(`DROP TABLE solidariteit_sleutel`);
    await q.query(`ALTER TABLE region DROP COLUMN solidariteit_verdeelsleutel`);
    await q.query(`DROP TYPE solidariteit_verdeelsleutel`);
    await q.query(`ALTER TABLE segment DROP COLUMN solidair`);
  }
}
