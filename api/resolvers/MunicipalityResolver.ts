import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { NODE, selectedFields } from '../loaders/selection';
import { ConnectionArgs } from '../pagination/Connection';
import { BudgetType } from '../types/BudgetType';
import { MunicipalityConnection } from '../types/connections';
import { ContractType } from '../types/ContractType';
import { CreateMunicipalityInput, MunicipalityFilter, UpdateMunicipalityInput } from '../types/MunicipalityInputs';
import { MunicipalityType } from '../types/MunicipalityType';
import { RegionType } from '../types/RegionType';
import type { Rij } from '../types/Rij';

@Resolver(() => MunicipalityType)
export class MunicipalityResolver {
  @Query(() => MunicipalityConnection, { description: 'Municipalities ordered by CBS code.' })
  municipalities(
    @Arg('filter', () => MunicipalityFilter, { nullable: true }) filter: MunicipalityFilter | undefined,
    @Args() args: ConnectionArgs,
    @Ctx() { services }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return services.municipalities.page(filter ?? {}, args, selectedFields(info, NODE));
  }

  @Query(() => MunicipalityType, { nullable: true })
  municipality(@Arg('id', () => ID) id: string, @Ctx() { services }: Context, @Info() info: GraphQLResolveInfo) {
    return services.municipalities.get(id, selectedFields(info));
  }

  @Query(() => MunicipalityType, { nullable: true, description: "Lookup by CBS gemeentecode, e.g. '0505'." })
  municipalityByCbsCode(@Arg('cbsCode') cbsCode: string, @Ctx() { services }: Context) {
    return services.municipalities.byCbsCode(cbsCode);
  }

  @Mutation(() => MunicipalityType)
  createMunicipality(@Arg('input', () => CreateMunicipalityInput) input: CreateMunicipalityInput, @Ctx() { services }: Context) {
    return services.municipalities.create(input);
  }

  @Mutation(() => MunicipalityType)
  updateMunicipality(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateMunicipalityInput) input: UpdateMunicipalityInput,
    @Ctx() { services }: Context,
  ) {
    return services.municipalities.update(id, input);
  }

  @FieldResolver(() => RegionType)
  region(@Root() m: Rij<MunicipalityType>, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return loaders.region.load(m.regionId, info);
  }

  @FieldResolver(() => [ContractType], { description: 'Local contracts of this municipality.' })
  contracts(@Root() m: Rij<MunicipalityType>, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return loaders.contractsByMunicipality.load(m.id, info);
  }

  @FieldResolver(() => [BudgetType])
  budgets(@Root() m: Rij<MunicipalityType>, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return loaders.budgetsByMunicipality.load(m.id, info);
  }
}
