import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { NODE, selectedFields } from '../loaders/selection';
import { ConnectionArgs } from '../pagination/Connection';
import { BudgetFilter, CreateBudgetInput, UpdateBudgetInput } from '../types/BudgetInputs';
import { BudgetType } from '../types/BudgetType';
import { BudgetConnection } from '../types/connections';
import { MunicipalityType } from '../types/MunicipalityType';
import { RegionType } from '../types/RegionType';
import { SegmentType } from '../types/SegmentType';
import type { Rij } from '../types/Rij';

@Resolver(() => BudgetType)
export class BudgetResolver {
  @Query(() => BudgetConnection, { description: 'Budgets ordered by year.' })
  budgets(
    @Arg('filter', () => BudgetFilter, { nullable: true }) filter: BudgetFilter | undefined,
    @Args() args: ConnectionArgs,
    @Ctx() { services }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return services.budgets.page(filter ?? {}, args, selectedFields(info, NODE));
  }

  @Query(() => BudgetType, { nullable: true })
  budget(@Arg('id', () => ID) id: string, @Ctx() { services }: Context, @Info() info: GraphQLResolveInfo) {
    return services.budgets.get(id, selectedFields(info));
  }

  @Mutation(() => BudgetType)
  createBudget(@Arg('input', () => CreateBudgetInput) input: CreateBudgetInput, @Ctx() { services }: Context) {
    return services.budgets.create(input);
  }

  @Mutation(() => BudgetType)
  updateBudget(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateBudgetInput) input: UpdateBudgetInput, @Ctx() { services }: Context) {
    return services.budgets.update(id, input);
  }

  @FieldResolver(() => MunicipalityType, { nullable: true })
  municipality(@Root() b: Rij<BudgetType>, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return b.municipalityId ? loaders.municipality.load(b.municipalityId, info) : null;
  }

  @FieldResolver(() => RegionType, { nullable: true, description: 'The region of a shared budget.' })
  region(@Root() b: Rij<BudgetType>, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return b.regionId ? loaders.region.load(b.regionId, info) : null;
  }

  @FieldResolver(() => SegmentType)
  segment(@Root() b: Rij<BudgetType>, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return loaders.segment.load(b.segmentId, info);
  }
}
