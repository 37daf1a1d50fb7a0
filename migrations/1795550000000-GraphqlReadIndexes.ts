import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the GraphQL read path (bench:graphql, EXPLAIN checked in test/graphql.readIndexes.test.ts):
 * - A contract's or a region's tariff periods were found through the exclusion constraints' gist indexes only: a
 *   probe there by contract (+ product) costs ~1.2 ms at 500,000 periods, so a loader batch `contract_id = ANY($1)`
 *   took 1 s for 100 contracts. Btree indexes (owner, product_id, valid_from) serve the batches (~1 ms for 100
 *   contracts), in the order the loaders return them, and the one-tariff lookup (latest valid_from <= date).
 * - Providers of a segment with their contract count and latest end aggregate (segment_id, provider_id, end_date)
 *   from an index-only scan; it replaces contract_segment_id_idx, its prefix.
 */
export class GraphqlReadIndexes1795550000000 implements MigrationInterface {
  name = 'GraphqlReadIndexes1795550000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX tariff_contract_product_from_idx ON tariff (contract_id, product_id, valid_from)`);
    await q.query(`CREATE INDEX tariff_region_product_from_idx ON tariff (region_id, product_id, valid_from)`);
    await q.query(`CREATE INDEX contract_segment_provider_idx ON contract (segment_id, provider_id, end_date)`);
    await q.query(`DROP INDEX contract_segment_id_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX contract_segment_id_idx ON contract (segment_id)`);
    await q.query(`DROP INDEX contract_segment_provider_idx`);
    await q.query(`DROP INDEX tariff_region_product_from_idx`);
    await q.query(`DROP INDEX tariff_contract_product_from_idx`);
  }
}
