import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Float, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { NODE, selectedFields } from '../loaders/selection';
import { ConnectionArgs } from '../pagination/Connection';
import { DateScalar } from '../scalars';
import { TariffConnection } from '../types/connections';
import { ContractType } from '../types/ContractType';
import { ProductType } from '../types/ProductType';
import { RegionType } from '../types/RegionType';
import { CreateTariffInput, TariffFilter, UpdateTariffInput } from '../types/TariffInputs';
import { TariffType } from '../types/TariffType';
import type { Rij } from '../types/Rij';

@Resolver(() => TariffType)
export class TariffResolver {
  @Query(() => TariffConnection, { description: 'Tariff periods ordered by validFrom.' })
  tariffs(
    @Arg('filter', () => TariffFilter, { nullable: true }) filter: TariffFilter | undefined,
    @Args() args: ConnectionArgs,
    @Ctx() { services }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return services.tariffs.page(filter ?? {}, args, selectedFields(info, NODE));
  }

  @Query(() => TariffType, {
    nullable: true,
    description:
      'The tariff that applies to a product under a contract on a date. Precedence: the contract\'s own tariff ' +
      "valid on that date; else the harmonised tariff of the contract's region for the product; else null. " +
      'Check contractId on the result to see which one applied.',
  })
  tariff(
    @Arg('contractId', () => ID) contractId: string,
    @Arg('productId', () => ID) productId: string,
    @Arg('on', () => DateScalar) on: string,
    @Ctx() { services }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return services.tariffs.tariffOn(contractId, productId, on, selectedFields(info));
  }

  @Query(() => TariffType, { nullable: true })
  tariffById(@Arg('id', () => ID) id: string, @Ctx() { services }: Context, @Info() info: GraphQLResolveInfo) {
    return services.tariffs.get(id, selectedFields(info));
  }

  @Mutation(() => TariffType, { description: 'Fails with TARIFF_PERIOD_OVERLAP when the period overlaps another for the same key.' })
  createTariff(@Arg('input', () => CreateTariffInput) input: CreateTariffInput, @Ctx() { services }: Context) {
    return services.tariffs.create(input);
  }

  @Mutation(() => TariffType)
  updateTariff(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateTariffInput) input: UpdateTariffInput, @Ctx() { services }: Context) {
    return services.tariffs.update(id, input);
  }

  @Mutation(() => [TariffType], {
    description:
      'Indexes every tariff of the region valid on `from` (harmonised and contract tariffs): closes each current ' +
      'period on from − 1 day and starts a new one from `from` (to the old end) at price × (1 + percentage/100), ' +
      'rounded half away from zero to whole cents, recording indexPercentage and previousTariffId. Periods that ' +
      'start on `from` are left alone. One transaction: on any error nothing is written. Returns the new periods.',
  })
  indexTariffs(
    @Arg('regionId', () => ID) regionId: string,
    @Arg('percentage', () => Float, { description: 'e.g. 3.85 for +3.85%.' }) percentage: number,
    @Arg('from', () => DateScalar) from: string,
    @Ctx() { services }: Context,
  ) {
    return services.tariffs.indexTariffs(regionId, percentage, from);
  }

  @FieldResolver(() => ContractType, { nullable: true })
  contract(@Root() t: Rij<TariffType>, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return t.contractId ? loaders.contract.load(t.contractId, info) : null;
  }

  @FieldResolver(() => RegionType, { nullable: true, description: 'The region of a harmonised tariff.' })
  region(@Root() t: Rij<TariffType>, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return t.regionId ? loaders.region.load(t.regionId, info) : null;
  }

  @FieldResolver(() => ProductType)
  product(@Root() t: Rij<TariffType>, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return loaders.product.load(t.productId, info);
  }

  @FieldResolver(() => TariffType, { nullable: true, description: 'The period this one replaced by indexation.' })
  previousTariff(@Root() t: Rij<TariffType>, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return t.previousTariffId ? loaders.tariff.load(t.previousTariffId, info) : null;
  }
}
