import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * TR389's lookup of open debets by (ToewijzingNummer, product, ProductPeriode) with the allocation number
 * leading. With gemeente_code leading, a large declaration for a municipality the statistics have not seen
 * yet made the planner prefer prestatie_pkey (gemeente_code, id) — "1 row" for the municipality — and filter
 * every prestatie of it, once per key (quadratic over a 100,000-prestatie message). The lookup
 * (integration/declaraties/context.sql.ts selectOpenDebets) no longer conditions on gemeente_code in SQL,
 * so this index is the only one that serves it.
 */
export class PrestatieDebetIndex1795440000000 implements MigrationInterface {
  name = 'PrestatieDebetIndex1795440000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX prestatie_debet_open_idx`);
    await q.query(`CREATE INDEX prestatie_debet_open_idx ON prestatie
                   (toewijzing_nummer, product_categorie, product_code, periode_begin, gemeente_code)
                   WHERE debet_credit = 'D' AND toegekend AND gecrediteerd_door IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX prestatie_debet_open_idx`);
    await q.query(`CREATE INDEX prestatie_debet_open_idx ON prestatie
                   (gemeente_code, toewijzing_nummer, product_categorie, product_code, periode_begin)
                   WHERE debet_credit = 'D' AND toegekend AND gecrediteerd_door IS NULL`);
  }
}
