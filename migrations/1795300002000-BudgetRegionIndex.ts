import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * budget.region_id is set only on the region's shared budgets; the partial unique index
 * budget_region_segment_year_key (WHERE municipality_id IS NULL) cannot serve `region_id = $1`
 * (the planner cannot derive municipality_id IS NULL from it), so the FK from budget to region and the
 * Region.budgets lookups get their own index.
 */
export class BudgetRegionIndex1795300002000 implements MigrationInterface {
  name = 'BudgetRegionIndex1795300002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX budget_region_id_idx ON budget (region_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX budget_region_id_idx`);
  }
}
