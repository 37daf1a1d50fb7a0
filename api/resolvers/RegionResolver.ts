import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { ConnectionArgs } from '../pagination/Connection';
import { BudgetType } from '../types/BudgetType';
import { RegionConnection } from '../types/connections';
import { ContractType } from '../types/ContractType';
import { MunicipalityType } from '../types/MunicipalityType';
import { ProductType } from '../types/ProductType';
import { RegionType } from '../types/RegionType';
import { CreateRegionInput, UpdateRegionInput } from '../types/RegionInputs';
import { SegmentType } from '../types/SegmentType';
import { TariffType } from '../types/TariffType';

@Resolver(() => RegionType)
export class RegionResolver {
  @Query(() => RegionConnection, { description: 'Regions ordered by code.' })
  regions(@Args() args: ConnectionArgs, @Ctx() { services }: Context) {
    return services.regions.page(args);
  }

  @Query(() => RegionType, { nullable: true })
  region(@Arg('id', () => ID) id: string, @Ctx() { services }: Context) {
    return services.regions.get(id);
  }

  @Query(() => RegionType, { nullable: true, description: "Lookup by region code, e.g. 'ZHZ'." })
  regionByCode(@Arg('code') code: string, @Ctx() { services }: Context) {
    return services.regions.byCode(code);
  }

  @Mutation(() => RegionType)
  createRegion(@Arg('input', () => CreateRegionInput) input: CreateRegionInput, @Ctx() { services }: Context) {
    return services.regions.create(input);
  }

  @Mutation(() => RegionType)
  updateRegion(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateRegionInput) input: UpdateRegionInput, @Ctx() { services }: Context) {
    return services.regions.update(id, input);
  }

  @FieldResolver(() => [MunicipalityType], { description: 'Ordered by CBS code.' })
  municipalities(@Root() region: RegionType, @Ctx() { loaders }: Context) {
    return loaders.municipalitiesByRegion.load(region.id);
  }

  @FieldResolver(() => [SegmentType], { description: 'Ordered by segment number.' })
  segments(@Root() region: RegionType, @Ctx() { loaders }: Context) {
    return loaders.segmentsByRegion.load(region.id);
  }

  @FieldResolver(() => [ContractType], { description: 'All contracts of the region (regional and local), ordered by reference.' })
  contracts(@Root() region: RegionType, @Ctx() { loaders }: Context) {
    return loaders.contractsByRegion.load(region.id);
  }

  @FieldResolver(() => [ProductType], { description: 'The product book, ordered by category and code.' })
  products(@Root() region: RegionType, @Ctx() { loaders }: Context) {
    return loaders.productsByRegion.load(region.id);
  }

  @FieldResolver(() => [TariffType], { description: 'Harmonised region tariffs (all periods).' })
  tariffs(@Root() region: RegionType, @Ctx() { loaders }: Context) {
    return loaders.tariffsByRegion.load(region.id);
  }

  @FieldResolver(() => [BudgetType], { description: "The region's shared budgets." })
  budgets(@Root() region: RegionType, @Ctx() { loaders }: Context) {
    return loaders.budgetsByRegion.load(region.id);
  }
}
