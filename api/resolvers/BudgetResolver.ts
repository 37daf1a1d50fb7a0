import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { ConnectionArgs } from '../pagination/Connection';
import { BudgetFilter, CreateBudgetInput, UpdateBudgetInput } from '../types/BudgetInputs';
import { BudgetType } from '../types/BudgetType';
import { BudgetConnection } from '../types/connections';
import { MunicipalityType } from '../types/MunicipalityType';
import { RegionType } from '../types/RegionType';
import { SegmentType } from '../types/SegmentType';

@Resolver(() => BudgetType)
export class BudgetResolver {
  @Query(() => BudgetConnection, { description: 'Budgets ordered by year.' })
  budgets(
    @Arg('filter', () => BudgetFilter, { nullable: true }) filter: BudgetFilter | undefined,
    @Args() args: ConnectionArgs,
    @Ctx() { services }: Context,
  ) {
    return services.budgets.page(filter ?? {}, args);
  }

  @Query(() => BudgetType, { nullable: true })
  budget(@Arg('id', () => ID) id: string, @Ctx() { services }: Context) {
    return services.budgets.get(id);
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
  municipality(@Root() b: BudgetType, @Ctx() { loaders }: Context) {
    return b.municipalityId ? loaders.municipality.load(b.municipalityId) : null;
  }

  @FieldResolver(() => RegionType, { nullable: true, description: 'The region of a shared budget.' })
  region(@Root() b: BudgetType, @Ctx() { loaders }: Context) {
    return b.regionId ? loaders.region.load(b.regionId) : null;
  }

  @FieldResolver(() => SegmentType)
  segment(@Root() b: BudgetType, @Ctx() { loaders }: Context) {
    return loaders.segment.load(b.segmentId);
  }
}
