import type { DataSource } from 'typeorm';
import { Budget, Contract, Municipality, Product, Provider, Region, Segment, Tariff } from '../../schema';
import { byIdLoader, manyByLoader } from './entityLoaders';
import { SegmentProvidersLoader, TariffsOnLoader } from './rowLoaders';

/**
 * DataLoaders for nested relations, created per request (createContext) so caching never
 * outlives a request. Each loader issues one statement per batch, whatever the number of parents, reading the
 * columns the query selects when the resolver passes its info (`load(key, info)`).
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
    tariffsOnByContract: new TariffsOnLoader(ds),
    /** segmentId -> its providers with their contract count and latest end (aggregated in SQL). */
    providersBySegment: new SegmentProvidersLoader(ds),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
