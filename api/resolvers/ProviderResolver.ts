import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { NODE, selectedFields } from '../loaders/selection';
import { ConnectionArgs } from '../pagination/Connection';
import { ProviderConnection } from '../types/connections';
import { ContractType } from '../types/ContractType';
import { CreateProviderInput, ProviderFilter, UpdateProviderInput } from '../types/ProviderInputs';
import { ProviderType } from '../types/ProviderType';
import type { Rij } from '../types/Rij';

@Resolver(() => ProviderType)
export class ProviderResolver {
  @Query(() => ProviderConnection, { description: 'Providers ordered by AGB code.' })
  providers(
    @Arg('filter', () => ProviderFilter, { nullable: true }) filter: ProviderFilter | undefined,
    @Args() args: ConnectionArgs,
    @Ctx() { services }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return services.providers.page(filter ?? {}, args, selectedFields(info, NODE));
  }

  @Query(() => ProviderType, { nullable: true })
  provider(@Arg('id', () => ID) id: string, @Ctx() { services }: Context, @Info() info: GraphQLResolveInfo) {
    return services.providers.get(id, selectedFields(info));
  }

  @Query(() => ProviderType, { nullable: true, description: 'Lookup by AGB code (8 digits).' })
  providerByAgbCode(@Arg('agbCode') agbCode: string, @Ctx() { services }: Context) {
    return services.providers.byAgbCode(agbCode);
  }

  @Mutation(() => ProviderType)
  createProvider(@Arg('input', () => CreateProviderInput) input: CreateProviderInput, @Ctx() { services }: Context) {
    return services.providers.create(input);
  }

  @Mutation(() => ProviderType)
  updateProvider(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateProviderInput) input: UpdateProviderInput, @Ctx() { services }: Context) {
    return services.providers.update(id, input);
  }

  @FieldResolver(() => [ContractType])
  contracts(@Root() p: Rij<ProviderType>, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return loaders.contractsByProvider.load(p.id, info);
  }
}
