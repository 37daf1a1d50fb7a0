import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { NODE, selectedFields } from '../loaders/selection';
import { ConnectionArgs } from '../pagination/Connection';
import { BudgetType } from '../types/BudgetType';
import { SegmentConnection } from '../types/connections';
import { ContractType } from '../types/ContractType';
import { ProductType } from '../types/ProductType';
import { RegionType } from '../types/RegionType';
import { CreateSegmentInput, SegmentFilter, UpdateSegmentInput } from '../types/SegmentInputs';
import { SegmentProviderType } from '../types/SegmentProviderType';
import { SegmentType } from '../types/SegmentType';
import type { Rij } from '../types/Rij';

@Resolver(() => SegmentType)
export class SegmentResolver {
  @Query(() => SegmentConnection, { description: 'Segments ordered by number.' })
  segments(
    @Arg('filter', () => SegmentFilter, { nullable: true }) filter: SegmentFilter | undefined,
    @Args() args: ConnectionArgs,
    @Ctx() { services }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return services.segments.page(filter ?? {}, args, selectedFields(info, NODE));
  }

  @Query(() => SegmentType, { nullable: true })
  async segment(@Arg('id', () => ID) id: string, @Ctx() { services, loaders }: Context, @Info() info: GraphQLResolveInfo) {
    const segment = await services.segments.get(id, selectedFields(info));
    // Read the providers ahead (so they resolve without a promise); on failure the field resolver loads them itself.
    if (segment && selectedFields(info).has('providers')) {
      await loaders.providersBySegment.prefetch([segment.id], selectedFields(info, ['providers', 'provider'])).catch(() => undefined);
    }
    return segment;
  }

  @Mutation(() => SegmentType)
  createSegment(@Arg('input', () => CreateSegmentInput) input: CreateSegmentInput, @Ctx() { services }: Context) {
    return services.segments.create(input);
  }

  @Mutation(() => SegmentType)
  updateSegment(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateSegmentInput) input: UpdateSegmentInput, @Ctx() { services }: Context) {
    return services.segments.update(id, input);
  }

  @FieldResolver(() => RegionType)
  region(@Root() s: Rij<SegmentType>, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return loaders.region.load(s.regionId, info);
  }

  @FieldResolver(() => [ContractType])
  contracts(@Root() s: Rij<SegmentType>, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return loaders.contractsBySegment.load(s.id, info);
  }

  @FieldResolver(() => [SegmentProviderType], { description: 'The providers with contracts in this segment, by AGB code, with their number and latest end.' })
  providers(@Root() s: Rij<SegmentType>, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return loaders.providersBySegment.load(s.id, info);
  }

  @FieldResolver(() => [ProductType])
  products(@Root() s: Rij<SegmentType>, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return loaders.productsBySegment.load(s.id, info);
  }

  @FieldResolver(() => [BudgetType])
  budgets(@Root() s: Rij<SegmentType>, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return loaders.budgetsBySegment.load(s.id, info);
  }
}
