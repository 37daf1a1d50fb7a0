import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import type { ContractRelations } from '../services/ContractService';
import { oneDateArgument, prefetchContractRelations } from '../loaders/prefetch';
import { entityTable } from '../loaders/entityRows.sql';
import { tariffsOnAggregate, TARIFFS_ON } from '../loaders/tariffsOn.sql';
import { Tariff } from '../../schema';
import { NODE, selectedFields } from '../loaders/selection';
import { ConnectionArgs } from '../pagination/Connection';
import { DateScalar } from '../scalars';
import { ContractConnection } from '../types/connections';
import { ContractDeadlineType } from '../types/ContractDeadlineType';
import { ContractFilter, CreateContractInput, UpdateContractInput } from '../types/ContractInputs';
import { ContractType } from '../types/ContractType';
import { MunicipalityType } from '../types/MunicipalityType';
import { ProviderType } from '../types/ProviderType';
import { RegionType } from '../types/RegionType';
import { SegmentType } from '../types/SegmentType';
import { TariffType } from '../types/TariffType';
import type { Rij } from '../types/Rij';

/** Today as YYYY-MM-DD in the Netherlands (contracts are dated in local time). */
export function todayInAmsterdam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

/** A relation the page statement already read (ContractService.page), or undefined. */
function joined<K extends keyof ContractRelations>(c: ContractType, name: K): unknown {
  return (c as unknown as Record<string, unknown>)[name];
}

@Resolver(() => ContractType)
export class ContractResolver {
  @Query(() => ContractConnection, { description: 'Contracts ordered by reference.' })
  async contracts(
    @Arg('filter', () => ContractFilter, { nullable: true }) filter: ContractFilter | undefined,
    @Args() args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    // To-one relations selected on the nodes come in the page statement, and so do the tariffs valid on one date
    // (a JSON array per contract, handed to the loader the field resolver asks); anything else is read ahead.
    const selected = selectedFields(info, NODE);
    const relations: ContractRelations = {};
    for (const name of ['provider', 'segment', 'region', 'municipality'] as const) {
      if (selected.has(name)) relations[name] = selectedFields(info, [...NODE, name]);
    }
    const validOn = selected.has('tariffs') ? oneDateArgument(info, NODE, 'tariffs', 'validOn') : undefined;
    const tariffFields = selectedFields(info, [...NODE, 'tariffs']);
    const tariffs = validOn ? tariffsOnAggregate(entityTable(ctx.dataSource, Tariff), tariffFields, validOn) : null;
    const page = await ctx.services.contracts.page(filter ?? {}, args, selected, relations, tariffs ? [tariffs] : []);
    if (tariffs) {
      for (const { node } of page.edges) {
        const rijen = (node as unknown as Record<string, unknown[][]>)[TARIFFS_ON]!.map((a) => tariffs.read(a) as unknown as Tariff);
        ctx.loaders.tariffsOnByContract.prime([node.id, validOn!], tariffFields, ctx.rijScope.gelezen('tariff', rijen));
      }
    }
    await prefetchContractRelations(ctx.loaders, page.edges.map((e) => e.node), info, NODE);
    return page;
  }

  @Query(() => ContractType, { nullable: true })
  contract(@Arg('id', () => ID) id: string, @Ctx() { services }: Context, @Info() info: GraphQLResolveInfo) {
    return services.contracts.get(id, selectedFields(info));
  }

  @Query(() => [ContractDeadlineType], {
    description:
      'Contracts that end, renew tacitly, or reach their notice deadline within `withinDays` days from `from` ' +
      '(default: today, Europe/Amsterdam), earliest first. Ended and terminated contracts are left out.',
  })
  contractsEndingOrRenewing(
    @Arg('withinDays', () => Int) withinDays: number,
    @Arg('regionId', () => ID, { nullable: true }) regionId: string | undefined,
    @Arg('from', () => DateScalar, { nullable: true }) from: string | undefined,
    @Ctx() { services }: Context,
  ) {
    return services.contracts.deadlines(withinDays, from ?? todayInAmsterdam(), regionId);
  }

  @Mutation(() => ContractType)
  createContract(@Arg('input', () => CreateContractInput) input: CreateContractInput, @Ctx() { services }: Context) {
    return services.contracts.create(input);
  }

  @Mutation(() => ContractType)
  updateContract(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateContractInput) input: UpdateContractInput, @Ctx() { services }: Context) {
    return services.contracts.update(id, input);
  }

  @FieldResolver(() => ProviderType)
  provider(@Root() c: Rij<ContractType>, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return joined(c, 'provider') ?? loaders.provider.load(c.providerId, info);
  }

  @FieldResolver(() => RegionType)
  region(@Root() c: Rij<ContractType>, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return joined(c, 'region') ?? loaders.region.load(c.regionId, info);
  }

  @FieldResolver(() => MunicipalityType, { nullable: true })
  municipality(@Root() c: Rij<ContractType>, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return joined(c, 'municipality') ?? (c.municipalityId ? loaders.municipality.load(c.municipalityId, info) : null);
  }

  @FieldResolver(() => SegmentType)
  segment(@Root() c: Rij<ContractType>, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return joined(c, 'segment') ?? loaders.segment.load(c.segmentId, info);
  }

  @FieldResolver(() => [TariffType], { description: "The contract's own tariffs, by product and validFrom: all periods, or those that include validOn." })
  tariffs(
    @Root() c: Rij<ContractType>,
    @Arg('validOn', () => DateScalar, { nullable: true }) validOn: string | undefined,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return validOn ? loaders.tariffsOnByContract.load([c.id, validOn], info) : loaders.tariffsByContract.load(c.id, info);
  }
}

@Resolver(() => ContractDeadlineType)
export class ContractDeadlineResolver {
  @FieldResolver(() => ContractType)
  contract(@Root() d: Rij<ContractDeadlineType>, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return loaders.contract.load(d.contractId, info);
  }
}
