import type { NonEmptyArray } from 'type-graphql';
import { BudgetResolver } from './BudgetResolver';
import { ContractDeadlineResolver, ContractResolver } from './ContractResolver';
import { MunicipalityResolver } from './MunicipalityResolver';
import { ProductResolver } from './ProductResolver';
import { ProviderResolver } from './ProviderResolver';
import { RegionResolver } from './RegionResolver';
import { SegmentResolver } from './SegmentResolver';
import { TariffResolver } from './TariffResolver';

export const resolvers: NonEmptyArray<Function> = [
  RegionResolver,
  MunicipalityResolver,
  ProviderResolver,
  SegmentResolver,
  ContractResolver,
  ContractDeadlineResolver,
  ProductResolver,
  TariffResolver,
  BudgetResolver,
];
