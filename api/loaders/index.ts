import type { DataSource } from 'typeorm';
import { Budget, Contract, Municipality, Product, Provider, Region, Segment, Tariff } from '../../schema';
import type { SegmentProviderType } from '../types/SegmentProviderType';
import { byIdLoader, manyByLoader } from './entityLoaders';
import { groupedRowLoader, groupedRowLoaderWith } from './rowLoaders';
import type { ProviderRow, TariffRow } from './rows';
import { segmentProvidersSql } from './segmentProviders.sql';
import { tariffsOnSql } from './tariffsOn.sql';

/**
 * DataLoaders for nested relations, created per request (createContext) so caching never
 * outlives a request. Each loader issues one statement per batch, whatever the number of parents.
 */
export function createLoaders(ds: DataSource) {
  return {
    region: byIdLoader(ds, Region),
    municipality: byIdLoader(ds, Municipality),
    provider: byIdLoader(ds, Provider),
    segment: byIdLoader(ds, Segment),
    contract: byIdLoader(ds, Contract),
    product: byIdLoader(ds, Product),
    tariff: byIdLoader(ds, Tariff),

    // FK -> children; each served by the index named in schema/ (see the entity comments)
    municipalitiesByRegion: manyByLoader(ds, Municipality, 'regionId', ['cbsCode']),
    segmentsByRegion: manyByLoader(ds, Segment, 'regionId', ['number']),
    contractsByRegion: manyByLoader(ds, Contract, 'regionId', ['reference']),
    contractsByProvider: manyByLoader(ds, Contract, 'providerId', ['reference']),
    contractsByMunicipality: manyByLoader(ds, Contract, 'municipalityId', ['reference']),
    contractsBySegment: manyByLoader(ds, Contract, 'segmentId', ['reference']),
    productsByRegion: manyByLoader(ds, Product, 'regionId', ['category', 'code']),
    productsBySegment: manyByLoader(ds, Product, 'segmentId', ['category', 'code']),
    tariffsByContract: manyByLoader(ds, Tariff, 'contractId', ['productId', 'validFrom']),
    /** Harmonised tariffs only (contract_id IS NULL). */
    tariffsByRegion: manyByLoader(ds, Tariff, 'regionId', ['productId', 'validFrom'], (t) => [`${t.column('contractId')} IS NULL`]),
    tariffsByProduct: manyByLoader(ds, Tariff, 'productId', ['validFrom']),
    budgetsByMunicipality: manyByLoader(ds, Budget, 'municipalityId', ['year']),
    /** The region's shared budgets only (municipality_id IS NULL). */
    budgetsByRegion: manyByLoader(ds, Budget, 'regionId', ['year'], (t) => [`${t.column('municipalityId')} IS NULL`]),
    budgetsBySegment: manyByLoader(ds, Budget, 'segmentId', ['year']),
    /** [contractId, date] -> the contract's own tariff periods that include the date. */
    tariffsOnByContract: groupedRowLoaderWith<TariffRow, TariffRow>(ds, tariffsOnSql, (r) => r.contractId!, (r) => r),
    /** segmentId -> its providers with their contract count and latest end (aggregated in SQL). */
    providersBySegment: groupedRowLoader<ProviderRow & SegmentProviderRow, SegmentProviderType>(ds, segmentProvidersSql, (r) => r.segmentId,
      ({ segmentId, contractCount, latestContractEnd, ...provider }) => ({ provider, contractCount, latestContractEnd })),
  };
}

interface SegmentProviderRow {
  segmentId: string;
  contractCount: number;
  latestContractEnd: string | null;
}

export type Loaders = ReturnType<typeof createLoaders>;
