import { Contract, Municipality, Provider, Region, Segment } from '../../schema';
import { entityTable, type Aggregate } from '../loaders/entityRows.sql';
import type { ConnectionArgs } from '../pagination/Connection';
import type { ContractFilter, CreateContractInput, UpdateContractInput } from '../types/ContractInputs';
import { EntityService } from './EntityService';
import { check, checkNotEmpty, checkPeriod } from './validate';
import { contractDeadlinesSql, type DeadlineKind } from './contractDeadlines.sql';

export interface ContractDeadline {
  contractId: string;
  kind: DeadlineKind;
  date: string;
}

/** A contract's to-one relations: entity and foreign key. */
const RELATIONS = {
  provider: [Provider, 'providerId'],
  segment: [Segment, 'segmentId'],
  region: [Region, 'regionId'],
  municipality: [Municipality, 'municipalityId'],
} as const;

/** The relations to read with a page of contracts, each with the fields selected on it. */
export type ContractRelations = { -readonly [K in keyof typeof RELATIONS]?: ReadonlySet<string> };

export class ContractService extends EntityService<Contract> {
  protected readonly entity = Contract;
  protected readonly label = 'Contract';
  protected readonly alias = 'c';
  protected readonly sort = { property: 'reference' } as const; // contract_region_reference_key (region_id, reference)

  /**
   * Each filter has an index: region (contract_region_reference_key), provider, segment, municipality, status.
   * `relations`: the to-one relations the query selects on the nodes, with their fields, read in the same statement;
   * `aggregates`: to-many relations read into each row in the same statement (e.g. tariffsOnAggregate).
   */
  page(filter: ContractFilter = {}, args: ConnectionArgs, fields?: ReadonlySet<string>, relations: ContractRelations = {}, aggregates: readonly Aggregate[] = []) {
    const { regionId, providerId, segmentId, municipalityId, status } = filter;
    // a visible contract's provider, segment, region and municipality are visible to the same caller (every role;
    // test/auth.contractRelaties.test.ts), so their joins need no row filter of their own
    const joins = (Object.keys(RELATIONS) as (keyof ContractRelations)[]).filter((name) => relations[name])
      .map((name) => ({ name, table: entityTable(this.ds, RELATIONS[name][0]), fk: RELATIONS[name][1], fields: relations[name], zichtbaarMetOuder: true }));
    return this.list({ regionId, providerId, segmentId, municipalityId, status }, args, fields, undefined, joins, aggregates);
  }

  create(input: CreateContractInput) {
    this.validate(input, input);
    return this.insert(input);
  }

  update(id: string, input: UpdateContractInput) {
    this.validate(input, undefined);
    return this.patch(id, input, (merged) => this.validate(merged, merged));
  }

  /**
   * Deadlines within [from, from + withinDays] (see contractDeadlines.sql.ts for the rules), earliest first.
   */
  async deadlines(withinDays: number, from: string, regionId: string | null | undefined): Promise<ContractDeadline[]> {
    check(Number.isInteger(withinDays) && withinDays >= 0 && withinDays <= 3660, 'BAD_USER_INPUT', 'withinDays', 'withinDays must be 0..3660');
    const { text, values } = contractDeadlinesSql(from, withinDays, regionId ?? null, this.scope);
    const rows: { contract_id: string; kind: DeadlineKind; date: string }[] = await this.ds.query(text, values);
    // each deadline is its contract's, read through the contract row filter
    return this.gelezen(rows.map((r) => ({ contractId: r.contract_id, kind: r.kind, date: r.date })));
  }

  /** Checks on the state after the change (merged row on update). */
  private validate(input: UpdateContractInput, full: Partial<Contract> | undefined) {
    checkNotEmpty(input.reference, 'input.reference');
    for (const f of ['renewalPeriodMonths', 'noticePeriodMonths'] as const) {
      const v = input[f];
      if (v !== undefined && v !== null) check(v >= (f === 'renewalPeriodMonths' ? 1 : 0), 'INVALID_PERIOD', `input.${f}`, `${f} out of range`);
    }
    if (input.lumpsumPerYearCents !== undefined && input.lumpsumPerYearCents !== null) {
      check(input.lumpsumPerYearCents >= 0, 'INVALID_AMOUNT', 'input.lumpsumPerYearCents', 'lumpsumPerYearCents must not be negative');
    }
    if (!full) return;
    checkPeriod(full.startDate, full.endDate, 'CONTRACT_END_BEFORE_START', 'input.endDate');
    checkPeriod(full.endDate ?? full.startDate, full.latestEndDate, 'CONTRACT_LATEST_END_BEFORE_END', 'input.latestEndDate');
    checkPeriod(full.startDate, full.admissionDate, 'ADMISSION_BEFORE_START', 'input.admissionDate');
    if (full.tacitRenewal) {
      check(full.renewalPeriodMonths != null, 'RENEWAL_PERIOD_REQUIRED', 'input.renewalPeriodMonths', 'tacit renewal needs renewalPeriodMonths');
    }
  }
}
