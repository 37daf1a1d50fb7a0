import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Monitoring projection "geld" (issue 6 §3, integration/monitoring/geld.ts): spend against budget per municipality ×
 * segment × month, kept up to date by the declaration and allocation hooks, never recomputed at query time.
 *
 * - mon_geld_declaratie: per processed declaration × segment × month of the ProductPeriode: declared and approved
 *   spend (signed cents) and the provider. The per-declaration layer makes a refresh idempotent (delete + re-insert
 *   the touched declarations) and feeds the provider landscape (turnover per provider × segment × year).
 * - mon_geld_verplichting: per allocation that has no approved declaration yet × month of its validity: the committed
 *   cost (volume × tariff, or the budget of a budget allocation, pro rata by days).
 * - mon_geld_maand: the sum of both per municipality × month × segment, the table the GraphQL query reads.
 *
 * Each table's secondary index serves one refresh step; mon_geld_maand's primary key serves the query
 * (gemeente_code = ANY(...) AND maand range [AND segment_id]).
 */
export class MonitoringGeld1795510000000 implements MigrationInterface {
  name = 'MonitoringGeld1795510000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mon_geld_declaratie (
        gemeente_code    char(4) NOT NULL,
        declaratie_id    bigint NOT NULL,
        segment_id       uuid NOT NULL,
        maand            date NOT NULL,
        aanbieder_agb    char(8) NOT NULL,
        ingediend_cents  bigint NOT NULL,
        toegekend_cents  bigint NOT NULL,
        CONSTRAINT mon_geld_declaratie_pkey PRIMARY KEY (gemeente_code, declaratie_id, segment_id, maand)
      )`);
    // Re-summing one municipality × segment × month (geld_maand refresh).
    await q.query(`CREATE INDEX mon_geld_declaratie_maand_idx ON mon_geld_declaratie (gemeente_code, segment_id, maand)`);
    // Turnover of one provider × segment × year at one municipality (landschap refresh).
    await q.query(`CREATE INDEX mon_geld_declaratie_aanbieder_idx ON mon_geld_declaratie (gemeente_code, aanbieder_agb, segment_id, maand)`);

    await q.query(`
      CREATE TABLE mon_geld_verplichting (
        gemeente_code    char(4) NOT NULL,
        toewijzing_id    bigint NOT NULL,
        maand            date NOT NULL,
        segment_id       uuid NOT NULL,
        verplicht_cents  bigint NOT NULL,
        CONSTRAINT mon_geld_verplichting_pkey PRIMARY KEY (gemeente_code, toewijzing_id, maand)
      )`);
    await q.query(`CREATE INDEX mon_geld_verplichting_maand_idx ON mon_geld_verplichting (gemeente_code, segment_id, maand)`);

    await q.query(`
      CREATE TABLE mon_geld_maand (
        gemeente_code    char(4) NOT NULL,
        maand            date NOT NULL,
        segment_id       uuid NOT NULL,
        ingediend_cents  bigint NOT NULL,
        toegekend_cents  bigint NOT NULL,
        verplicht_cents  bigint NOT NULL,
        CONSTRAINT mon_geld_maand_pkey PRIMARY KEY (gemeente_code, maand, segment_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mon_geld_maand`);
    await q.query(`DROP TABLE mon_geld_verplichting`);
    await q.query(`DROP TABLE mon_geld_declaratie`);
  }
}
