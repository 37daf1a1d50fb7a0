import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { NODE, selectedFields } from '../loaders/selection';
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
import type { Rij } from '../types/Rij';

@Resolver(() => RegionType)
export class RegionResolver {
  @Query(() => RegionConnection, { description: 'Regions ordered by code.' })
  regions(@Args() args: ConnectionArgs, @Ctx() { services }: Context, @Info() info: GraphQLResolveInfo) {
    return services.regions.page(args, selectedFields(info, NODE));
  }

  @Query(() => RegionType, { nullable: true })
  region(@Arg('id', () => ID) id: string, @Ctx() { services }: Context, @Info() info: GraphQLResolveInfo) {
    return services.regions.get(id, selectedFields(info));
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
  municipalities(@Root() region: Rij<RegionType>, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return loaders.municipalitiesByRegion.load(region.id, info);
  }

  @FieldResolver(() => [SegmentType], { description: 'Ordered by segment number.' })
  segments(@Root() region: Rij<RegionType>, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return loaders.segmentsByRegion.load(region.id, info);
  }

  @FieldResolver(() => [ContractType], { description: 'All contracts of the region (regional and local), ordered by reference.' })
  contracts(@Root() region: Rij<RegionType>, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return loaders.contractsByRegion.load(region.id, info);
  }

  @FieldResolver(() => [ProductType], { description: 'The product book, ordered by category and code.' })
  products(@Root() region: Rij<RegionType>, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return loaders.productsByRegion.load(region.id, info);
  }

  @FieldResolver(() => [TariffType], { description: 'Harmonised region tariffs (all periods).' })
  tariffs(@Root() region: Rij<RegionType>, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return loaders.tariffsByRegion.load(region.id, info);
  }

  @FieldResolver(() => [BudgetType], { description: "The region's shared budgets." })
  budgets(@Root() region: Rij<RegionType>, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return loaders.budgetsByRegion.load(region.id, info);
  }
}
