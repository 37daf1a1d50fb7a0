import { In } from 'typeorm';
import { Tariff } from '../../schema';
import { rows } from '../loaders/rows';
import type { ConnectionArgs } from '../pagination/Connection';
import type { CreateTariffInput, TariffFilter, UpdateTariffInput } from '../types/TariffInputs';
import { EntityService, isUuid } from './EntityService';
import { check, checkPeriod } from './validate';
import { inTransaction } from './transaction';
import { closeRegionTariffsSql, insertIndexedTariffsSql, tariffOnSql } from './tariffs.sql';

export class TariffService extends EntityService<Tariff> {
  protected readonly entity = Tariff;
  protected readonly label = 'Tariff';
  protected readonly alias = 't';
  protected readonly sort = { property: 'validFrom' } as const;

  /** contractId/regionId (+ productId, validOn) are served by tariff_contract_product_from_idx / tariff_region_product_from_idx. */
  page(filter: TariffFilter = {}, args: ConnectionArgs, fields?: ReadonlySet<string>) {
    const { contractId, regionId, productId, validOn } = filter;
    return this.list({ contractId, regionId, productId }, args, fields, (t, params) => {
      if (!validOn) return [];
      const on = params.bind(validOn);
      return [`${t.column('validFrom')} <= ${on}::date`, `(${t.column('validTo')} IS NULL OR ${t.column('validTo')} >= ${on}::date)`];
    });
  }

  /**
   * The price of a product under a contract on a date. Precedence:
   *   1. the contract's own tariff for the product whose period includes `on`;
   *   2. otherwise the harmonised tariff of the contract's region for the product on that date
   *      ("gelijk tarief voor gelijk product");
   *   3. otherwise null.
   * One statement (tariffs.sql.ts); each step is one probe of a btree index; periods never overlap, so each finds at
   * most one row.
   */
  async tariffOn(contractId: string, productId: string, on: string, fields?: ReadonlySet<string>): Promise<Tariff | null> {
    if (!isUuid(contractId) || !isUuid(productId)) return null;
    return this.gelezen(await rows<Tariff>(this.ds, tariffOnSql(this.table, this.table.columns(fields).select, contractId, productId, on, this.scope)))[0] ?? null;
  }

  create(input: CreateTariffInput) {
    check((input.contractId ? 1 : 0) + (input.regionId ? 1 : 0) === 1, 'TARIFF_OWNER_REQUIRED', 'input.contractId',
      'give exactly one of contractId (contract tariff) or regionId (harmonised region tariff)');
    this.validate(input);
    checkPeriod(input.validFrom, input.validTo, 'TARIFF_END_BEFORE_START', 'input.validTo');
    return this.insert(input);
  }

  update(id: string, input: UpdateTariffInput) {
    this.validate(input);
    return this.patch(id, input, (merged) => checkPeriod(merged.validFrom, merged.validTo, 'TARIFF_END_BEFORE_START', 'input.validTo'));
  }

  /**
   * Yearly indexation of every tariff of a region valid on `from`: harmonised region tariffs and the
   * tariffs of the region's contracts. Each current period is closed on `from` − 1 day and succeeded by
   * a period from `from` to the old end, priced old × (1 + percentage/100) rounded half away from zero
   * to whole cents, recording index_percentage and previous_tariff_id. Periods starting on `from` itself
   * are left alone (they already are that day's price; it also makes a repeated call a no-op).
   * One transaction, two statements (tariffs.sql.ts); any failure writes nothing.
   */
  async indexTariffs(regionId: string, percentage: number, from: string): Promise<Tariff[]> {
    check(Number.isFinite(percentage) && percentage > -100 && percentage <= 100, 'INVALID_INDEX_PERCENTAGE', 'percentage',
      'percentage must be > -100 and <= 100');
    const ids = await inTransaction(this.ds, async (em) => {
      const closeSql = closeRegionTariffsSql(regionId, from);
      const [closed] = (await em.query(closeSql.text, closeSql.values)) as [{ id: string; old_valid_to: string | null }[], number];
      if (closed.length === 0) return [];
      const insert = insertIndexedTariffsSql(closed.map((r) => r.id), closed.map((r) => r.old_valid_to), String(percentage), from);
      const rows = (await em.query(insert.text, insert.values)) as { id: string }[];
      return rows.map((r) => r.id);
    }, '');
    if (ids.length === 0) return [];
    return this.repo().find({ where: { id: In(ids) }, order: { contractId: 'ASC', productId: 'ASC' } });
  }

  private validate(input: UpdateTariffInput) {
    if (input.priceCents !== undefined) check(input.priceCents >= 0, 'INVALID_PRICE', 'input.priceCents', 'priceCents must not be negative');
  }
}
