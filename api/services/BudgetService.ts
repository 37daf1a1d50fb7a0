import { Budget } from '../../schema';
import type { ConnectionArgs } from '../pagination/Connection';
import type { BudgetFilter, CreateBudgetInput, UpdateBudgetInput } from '../types/BudgetInputs';
import { EntityService } from './EntityService';
import { check } from './validate';

export class BudgetService extends EntityService<Budget> {
  protected readonly entity = Budget;
  protected readonly label = 'Budget';
  protected readonly alias = 'b';
  protected readonly sort = { property: 'year' } as const;

  /**
   * Indexed filters: municipality (budget_municipality_segment_year_key), region's shared budgets
   * (budget_region_segment_year_key, partial on municipality_id IS NULL), segment (budget_segment_id_idx).
   */
  page(filter: BudgetFilter = {}, args: ConnectionArgs, fields?: ReadonlySet<string>) {
    const { municipalityId, regionId, segmentId } = filter;
    return this.list({ municipalityId, segmentId }, args, fields, (t, params) =>
      regionId ? [`${t.column('regionId')} = ${params.bind(regionId)}`, `${t.column('municipalityId')} IS NULL`] : []);
  }

  create(input: CreateBudgetInput) {
    check((input.municipalityId ? 1 : 0) + (input.regionId ? 1 : 0) === 1, 'BUDGET_OWNER_REQUIRED', 'input.municipalityId',
      'give exactly one of municipalityId (own budget) or regionId (shared budget)');
    check(Number.isInteger(input.year) && input.year >= 2015 && input.year <= 2100, 'INVALID_YEAR', 'input.year', 'year must be 2015..2100');
    this.validate(input);
    return this.insert(input);
  }

  update(id: string, input: UpdateBudgetInput) {
    this.validate(input);
    return this.patch(id, input);
  }

  private validate(input: UpdateBudgetInput) {
    if (input.amountCents !== undefined) check(input.amountCents >= 0, 'INVALID_AMOUNT', 'input.amountCents', 'amountCents must not be negative');
  }
}
