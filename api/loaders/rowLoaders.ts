import type { DataSource } from 'typeorm';
import type { RijScope } from '../auth/RijScope';
import { Provider, Tariff } from '../../schema';
import type { SegmentProviderType } from '../types/SegmentProviderType';
import { PerSelectLoader } from './entityLoaders';
import { entityTable } from './entityRows.sql';
import { rows } from './rows';
import { segmentProvidersSql } from './segmentProviders.sql';
import { tariffsOnSql } from './tariffsOn.sql';

/** [contractId, date] -> the contract's own tariff periods that include the date; one statement per date in a batch. */
export class TariffsOnLoader extends PerSelectLoader<readonly [string, string], Tariff[]> {
  constructor(ds: DataSource, scope?: RijScope) {
    super(ds, entityTable(ds, Tariff), scope, ([contractId, on]) => `${on}|${contractId}`);
  }

  protected async batch(keys: readonly (readonly [string, string])[], select: string) {
    const byDate = new Map<string, string[]>();
    for (const [contractId, on] of keys) (byDate.get(on) ?? byDate.set(on, []).get(on)!).push(contractId);
    const groups = new Map<string, Tariff[]>(keys.map(([c, on]) => [`${on}|${c}`, []]));
    await Promise.all([...byDate].map(async ([on, ids]) => {
      for (const t of this.gelezen(await rows<Tariff>(this.ds, tariffsOnSql(this.t, select, ids, on, this.scope)))) groups.get(`${on}|${t.contractId}`)!.push(t);
    }));
    return keys.map(([c, on]) => groups.get(`${on}|${c}`)!);
  }
}

/**
 * segmentId -> its providers with their contract count and latest end (aggregated in SQL); columns of the provider.
 * Only providers the caller may see (the row filter on provider in the same statement).
 */
export class SegmentProvidersLoader extends PerSelectLoader<string, SegmentProviderType[]> {
  constructor(ds: DataSource, scope?: RijScope) {
    super(ds, entityTable(ds, Provider), scope, (k) => k, ['provider']);
  }

  protected async batch(segmentIds: readonly string[], select: string) {
    type Row = Provider & { segmentId: string; contractCount: number; latestContractEnd: string | null };
    const groups = new Map<string, SegmentProviderType[]>(segmentIds.map((s) => [s, []]));
    for (const { segmentId, contractCount, latestContractEnd, ...provider } of await rows<Row>(this.ds, segmentProvidersSql(this.t, select, segmentIds, this.scope))) {
      groups.get(segmentId)!.push({ provider: this.gelezen([provider])[0]!, contractCount, latestContractEnd });
    }
    return segmentIds.map((s) => groups.get(s)!);
  }
}
