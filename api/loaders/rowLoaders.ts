import type { DataSource } from 'typeorm';
import { Provider, Tariff } from '../../schema';
import type { SegmentProviderType } from '../types/SegmentProviderType';
import { PerSelectLoader } from './entityLoaders';
import { entityTable } from './entityRows.sql';
import { rows } from './rows';
import { segmentProvidersSql } from './segmentProviders.sql';
import { tariffsOnSql } from './tariffsOn.sql';

/** [contractId, date] -> the contract's own tariff periods that include the date; one statement per date in a batch. */
export class TariffsOnLoader extends PerSelectLoader<readonly [string, string], Tariff[]> {
  constructor(ds: DataSource) {
    super(ds, entityTable(ds, Tariff), ([contractId, on]) => `${on}|${contractId}`);
  }

  protected async batch(keys: readonly (readonly [string, string])[], select: string) {
    const byDate = new Map<string, string[]>();
    for (const [contractId, on] of keys) (byDate.get(on) ?? byDate.set(on, []).get(on)!).push(contractId);
    const groups = new Map<string, Tariff[]>(keys.map(([c, on]) => [`${on}|${c}`, []]));
    await Promise.all([...byDate].map(async ([on, ids]) => {
      for (const t of await rows<Tariff>(this.ds, tariffsOnSql(select, ids, on))) groups.get(`${on}|${t.contractId}`)!.push(t);
    }));
    return keys.map(([c, on]) => groups.get(`${on}|${c}`)!);
  }
}

/** segmentId -> its providers with their contract count and latest end (aggregated in SQL); columns of the provider. */
export class SegmentProvidersLoader extends PerSelectLoader<string, SegmentProviderType[]> {
  constructor(ds: DataSource) {
    super(ds, entityTable(ds, Provider), (k) => k, ['provider']);
  }

  protected async batch(segmentIds: readonly string[], select: string) {
    type Row = Provider & { segmentId: string; contractCount: number; latestContractEnd: string | null };
    const groups = new Map<string, SegmentProviderType[]>(segmentIds.map((s) => [s, []]));
    for (const { segmentId, contractCount, latestContractEnd, ...provider } of await rows<Row>(this.ds, segmentProvidersSql(select, segmentIds))) {
      groups.get(segmentId)!.push({ provider, contractCount, latestContractEnd });
    }
    return segmentIds.map((s) => groups.get(s)!);
  }
}
