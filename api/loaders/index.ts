import type { DataSource } from 'typeorm';
import type { RijScope } from '../auth/RijScope';
import { Budget, Contract, Municipality, Product, Provider, Region, Segment, Tariff } from '../../schema';
import { ClientLoader } from './clientLoader';
import { byIdLoader, manyByLoader } from './entityLoaders';
import { SegmentProvidersLoader, TariffsOnLoader } from './rowLoaders';

/**
 * DataLoaders for nested relations, created per request (createContext) so caching never
 * outlives a request. Each loader issues one statement per batch, whatever the number of parents, reading the
 * columns the query selects when the resolver passes its info (`load(key, info)`), and only rows the caller may see
 * (`scope`, the request's row filter, in the same statement's WHERE; without it, every row).
 */
export function createLoaders(ds: DataSource, scope?: RijScope) {
  return {
    region: byIdLoader(ds, scope, Region),
    municipality: byIdLoader(ds, scope, Municipality),
    provider: byIdLoader(ds, scope, Provider),
    segment: byIdLoader(ds, scope, Segment),
    contract: byIdLoader(ds, scope, Contract),
    product: byIdLoader(ds, scope, Product),
    tariff: byIdLoader(ds, scope, Tariff),

    // FK -> children; each served by the index named in schema/ (see the entity comments)
    municipalitiesByRegion: manyByLoader(ds, scope, Municipality, 'regionId', ['cbsCode']),
    segmentsByRegion: manyByLoader(ds, scope, Segment, 'regionId', ['number']),
    contractsByRegion: manyByLoader(ds, scope, Contract, 'regionId', ['reference']),
    contractsByProvider: manyByLoader(ds, scope, Contract, 'providerId', ['reference']),
    contractsByMunicipality: manyByLoader(ds, scope, Contract, 'municipalityId', ['reference']),
    contractsBySegment: manyByLoader(ds, scope, Contract, 'segmentId', ['reference']),
    productsByRegion: manyByLoader(ds, scope, Product, 'regionId', ['category', 'code']),
    productsBySegment: manyByLoader(ds, scope, Product, 'segmentId', ['category', 'code']),
    tariffsByContract: manyByLoader(ds, scope, Tariff, 'contractId', ['productId', 'validFrom']),
    /** Harmonised tariffs only (contract_id IS NULL). */
    tariffsByRegion: manyByLoader(ds, scope, Tariff, 'regionId', ['productId', 'validFrom'], (t) => [`${t.column('contractId')} IS NULL`]),
    tariffsByProduct: manyByLoader(ds, scope, Tariff, 'productId', ['validFrom']),
    budgetsByMunicipality: manyByLoader(ds, scope, Budget, 'municipalityId', ['year']),
    /** The region's shared budgets only (municipality_id IS NULL). */
    budgetsByRegion: manyByLoader(ds, scope, Budget, 'regionId', ['year'], (t) => [`${t.column('municipalityId')} IS NULL`]),
    budgetsBySegment: manyByLoader(ds, scope, Budget, 'segmentId', ['year']),
    /** [contractId, date] -> the contract's own tariff periods that include the date. */
    tariffsOnByContract: new TariffsOnLoader(ds, scope),
    /** segmentId -> its providers with their contract count and latest end (aggregated in SQL). */
    providersBySegment: new SegmentProvidersLoader(ds, scope),
    /** (gemeenteCode, id) -> the client of an allocation the caller read (care data: scoped by that read). */
    client: new ClientLoader(ds),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
