import { IsNull, type DataSource } from 'typeorm';
import { Budget, Contract, Municipality, Product, Provider, Region, Segment, Tariff } from '../../schema';
import { byIdLoader, manyByLoader } from './entityLoaders';

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
    municipalitiesByRegion: manyByLoader(ds, Municipality, 'regionId', { cbsCode: 'ASC' }),
    segmentsByRegion: manyByLoader(ds, Segment, 'regionId', { number: 'ASC' }),
    contractsByRegion: manyByLoader(ds, Contract, 'regionId', { reference: 'ASC' }),
    contractsByProvider: manyByLoader(ds, Contract, 'providerId', { reference: 'ASC' }),
    contractsByMunicipality: manyByLoader(ds, Contract, 'municipalityId', { reference: 'ASC' }),
    contractsBySegment: manyByLoader(ds, Contract, 'segmentId', { reference: 'ASC' }),
    productsByRegion: manyByLoader(ds, Product, 'regionId', { category: 'ASC', code: 'ASC' }),
    productsBySegment: manyByLoader(ds, Product, 'segmentId', { category: 'ASC', code: 'ASC' }),
    tariffsByContract: manyByLoader(ds, Tariff, 'contractId', { productId: 'ASC', validFrom: 'ASC' }),
    /** Harmonised tariffs only (contract_id IS NULL). */
    tariffsByRegion: manyByLoader(ds, Tariff, 'regionId', { productId: 'ASC', validFrom: 'ASC' }, { contractId: IsNull() }),
    tariffsByProduct: manyByLoader(ds, Tariff, 'productId', { validFrom: 'ASC' }),
    budgetsByMunicipality: manyByLoader(ds, Budget, 'municipalityId', { year: 'ASC' }),
    /** The region's shared budgets only (municipality_id IS NULL). */
    budgetsByRegion: manyByLoader(ds, Budget, 'regionId', { year: 'ASC' }, { municipalityId: IsNull() }),
    budgetsBySegment: manyByLoader(ds, Budget, 'segmentId', { year: 'ASC' }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
