import type { DataSource } from 'typeorm';
import { BudgetService } from './BudgetService';
import { ContractService } from './ContractService';
import { MunicipalityService } from './MunicipalityService';
import { ProductService } from './ProductService';
import { ProviderService } from './ProviderService';
import { RegionService } from './RegionService';
import { SegmentService } from './SegmentService';
import { TariffService } from './TariffService';

/** Stateless services over one DataSource; resolvers call these and stay thin. */
export function createServices(ds: DataSource) {
  return {
    regions: new RegionService(ds),
    municipalities: new MunicipalityService(ds),
    providers: new ProviderService(ds),
    segments: new SegmentService(ds),
    contracts: new ContractService(ds),
    products: new ProductService(ds),
    tariffs: new TariffService(ds),
    budgets: new BudgetService(ds),
  };
}

export type Services = ReturnType<typeof createServices>;
