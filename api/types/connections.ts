import { Connection } from '../pagination/Connection';
import { BudgetType } from './BudgetType';
import { ContractType } from './ContractType';
import { MunicipalityType } from './MunicipalityType';
import { ProductType } from './ProductType';
import { ProviderType } from './ProviderType';
import { RegionType } from './RegionType';
import { SegmentType } from './SegmentType';
import { TariffType } from './TariffType';

export const RegionConnection = Connection(RegionType, 'Region');
export const MunicipalityConnection = Connection(MunicipalityType, 'Municipality');
export const ProviderConnection = Connection(ProviderType, 'Provider');
export const SegmentConnection = Connection(SegmentType, 'Segment');
export const ContractConnection = Connection(ContractType, 'Contract');
export const ProductConnection = Connection(ProductType, 'Product');
export const TariffConnection = Connection(TariffType, 'Tariff');
export const BudgetConnection = Connection(BudgetType, 'Budget');
