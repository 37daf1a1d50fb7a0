import type { DataSource } from 'typeorm';
import type { RijScope } from '../auth/RijScope';
import { BudgetService } from './BudgetService';
import { ContractService } from './ContractService';
import { MunicipalityService } from './MunicipalityService';
import { ProductService } from './ProductService';
import { ProviderService } from './ProviderService';
import { RegionService } from './RegionService';
import { SegmentService } from './SegmentService';
import { TariffService } from './TariffService';

/**
 * Stateless services over one DataSource; resolvers call these and stay thin. With `scope` (the caller's row filter,
 * api/auth/RijScope.ts) every read returns only the caller's tenant.
 */
export function createServices(ds: DataSource, scope?: RijScope) {
  return {
    regions: new RegionService(ds, scope),
    municipalities: new MunicipalityService(ds, scope),
    providers: new ProviderService(ds, scope),
    segments: new SegmentService(ds, scope),
    contracts: new ContractService(ds, scope),
    products: new ProductService(ds, scope),
    tariffs: new TariffService(ds, scope),
    budgets: new BudgetService(ds, scope),
  };
}

export type Services = ReturnType<typeof createServices>;
