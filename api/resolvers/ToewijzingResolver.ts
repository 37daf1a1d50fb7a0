import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { run } from '../../integration/store/SqlQuery';
import { findHistorie, type ToewijzingRij } from '../../integration/zorg/toewijzing.sql';
import { changeToewijzing, issueToewijzing, shortenToewijzing, withdrawToewijzing, type ToewijzingResultaat } from '../../integration/zorg/toewijzingen';
import { gemeentenInScope, requireGemeente, requireLeesrecht } from '../auth';
import { InputError } from '../errors';
import { rows } from '../loaders/rows';
import { NODE, selectedFields } from '../loaders/selection';
import { ConnectionArgs, type ConnectionResult } from '../pagination/Connection';
import { encodeCursor, nest, pageRequest, toConnection } from '../pagination/paginate';
import { countToewijzingen, findToewijzingenPage, toewijzingKolommen, type ToewijzingJoins, type ToewijzingLijstFilter } from '../services/toewijzingLijst.sql';
import { entityTable } from '../loaders/entityRows.sql';
import { Contract, Product, Provider } from '../../schema';
import { ClientType, toClient } from '../types/ClientType';
import { ContractType } from '../types/ContractType';
import { ProductType } from '../types/ProductType';
import { ProviderType } from '../types/ProviderType';
import type { Context } from '../context';
import { inAuditedCareTransaction } from '../audit/inAuditedCareTransaction';
import { careReader } from '../services/careTransaction';
import { ToewijzingConnection, ToewijzingFilter, ToewijzingHistorieType, ToewijzingType, toHistorie, toToewijzing, type HistorieRij } from '../types/ToewijzingType';
import { ChangeToewijzingInput, IssueToewijzingInput, persoonsgegevensVan, ShortenToewijzingInput, WithdrawToewijzingInput } from '../types/ZorgInputs';
import { ToewijzingResultaatType } from '../types/ZorgResults';
import { uitgaand } from './VerzoekResolver';
import type { Rij } from '../types/Rij';

/** The relations a page row carries nested (findToewijzingenPage's joins, nested by name): what becomes `_joined`. */
type Gejoind = NonNullable<ToewijzingType['_joined']>;

/**
 * The to-one relations selected on the nodes, to be read in the page statement: the client (with BSN and birth date
 * only when selected and the caller is a municipality, the only role that may see them), and product, provider and
 * contract with the fields selected on them.
 */
function toewijzingJoins(ctx: Context, info: GraphQLResolveInfo, fields: ReadonlySet<string>): ToewijzingJoins {
  const joins: ToewijzingJoins = {};
  const sub = (name: string) => selectedFields(info, [...NODE, name]);
  if (fields.has('client')) {
    const c = sub('client');
    joins.client = { persoonsgegevens: ctx.auth.rol?.soort === 'gemeente' && (c.has('bsn') || c.has('geboortedatum')) };
  }
  const tables = { product: Product, provider: Provider, contract: Contract } as const;
  for (const name of ['product', 'provider', 'contract'] as const) {
    if (fields.has(name)) joins[name] = { table: entityTable(ctx.dataSource, tables[name]), fields: sub(name) };
  }
  return joins;
}

function metGejoind(t: ToewijzingType, r: Gejoind, joins: ToewijzingJoins): ToewijzingType {
  const joined: Gejoind = {};
  if (joins.client) joined.client = r.client!;
  if (joins.product) joined.product = r.product ?? null;
  if (joins.provider) joined.provider = r.provider ?? null;
  if (joins.contract) joined.contract = r.contract ?? null;
  t._joined = joined;
  return t;
}

function resultaat(r: ToewijzingResultaat): ToewijzingResultaatType {
  return { toewijzing: toToewijzing(r.toewijzingen[0]!), bericht: uitgaand('JW301', r.bericht) };
}

/** Allocations: issue, change, shorten, withdraw — each one transaction ending in a JW301 (integration/zorg/toewijzingen.ts). */
@Resolver(() => ToewijzingType)
export class ToewijzingResolver {
  @Authorized('gemeente', 'regio')
  @Query(() => ToewijzingConnection, { description: 'Allocations in the caller\'s municipalities by (gemeenteCode, id); a region sees pseudonyms only.' })
  async toewijzingen(@Arg('filter', () => ToewijzingFilter, { nullable: true }) filter: ToewijzingFilter | undefined, @Args() args: ConnectionArgs,
    @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ConnectionResult<ToewijzingType>> {
    const f = filter ?? {};
    if (f.gemeenteCode) await requireLeesrecht(ctx, f.gemeenteCode, 'filter.gemeenteCode');
    const lf: ToewijzingLijstFilter = { gemeenten: f.gemeenteCode ? [f.gemeenteCode] : await gemeentenInScope(ctx), aanbiederAgb: f.aanbiederAgb };
    const req = pageRequest(args);
    let cursor: [string, string] | null = null;
    if (req.cursor) {
      const [g, id] = req.cursor;
      if (typeof g !== 'string' || !/^\d{4}$/.test(g) || !/^\d+$/.test(id)) throw new InputError('INVALID_CURSOR', req.cursorArg, `${req.cursorArg} is not a cursor of the allocations`);
      cursor = [g, id];
    }
    const fields = selectedFields(info, NODE);
    const joins = toewijzingJoins(ctx, info, fields);
    const read = await rows<ToewijzingRij & { provider_id?: string | null }>(ctx.dataSource,
      findToewijzingenPage(lf, toewijzingKolommen(fields, joins), cursor, !req.backward, req.limit, joins, ctx.rijScope));
    const names = Object.keys(joins).map((name) => ({ name }));
    const page = names.length ? (nest(read as unknown as Record<string, unknown>[], names) as unknown as (ToewijzingRij & Gejoind)[]) : read;
    for (const name of ['product', 'provider', 'contract'] as const) {
      const r = joins[name];
      if (r) ctx.rijScope.gelezen(r.table.name, page.map((row) => (row as Gejoind)[name]));
    }
    return toConnection(page, req, (r) => ({ cursor: encodeCursor(r.gemeente_code, r.id), node: metGejoind(toToewijzing(r), r as Gejoind, joins) }),
      () => rows<{ n: number }>(ctx.dataSource, countToewijzingen(lf)).then((r) => r[0]!.n));
  }

  @FieldResolver(() => ClientType, { description: 'The client (pseudonym; BSN and birth date for the owning municipality only).' })
  async client(@Root() t: ToewijzingType, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ClientType> {
    if (t._joined?.client) return toClient(t._joined.client);
    const velden = selectedFields(info);
    const r = await ctx.loaders.client.load({ gemeenteCode: t.gemeenteCode, id: t.clientId }, velden.has('bsn') || velden.has('geboortedatum'));
    return toClient(r!); // client_fkey: an allocation always has its client
  }

  @FieldResolver(() => ProductType, { nullable: true, description: 'The allocated product, when it names a contracted product.' })
  product(@Root() t: ToewijzingType, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    if (t._joined?.product !== undefined) return t._joined.product;
    return t._productId ? loaders.product.load(t._productId, info) : null;
  }

  @FieldResolver(() => ContractType, { nullable: true, description: 'The contract the allocation falls under (null outside the caller\'s tenant).' })
  contract(@Root() t: ToewijzingType, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    if (t._joined?.contract !== undefined) return t._joined.contract;
    return loaders.contract.load(t.contractId, info);
  }

  @FieldResolver(() => ProviderType, { nullable: true, description: 'The provider (aanbiederAgb).' })
  async provider(@Root() t: ToewijzingType, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    if (t._joined?.provider !== undefined) return t._joined.provider;
    if (t._providerId !== undefined) return t._providerId ? loaders.provider.load(t._providerId, info) : null;
    // an allocation not read through the root list (a mutation's result): through its contract
    const c = await loaders.contract.loadFields(t.contractId, new Set(['providerId']));
    return c ? loaders.provider.load(c.providerId, info) : null;
  }

  @Authorized('gemeente')
  @Mutation(() => ToewijzingResultaatType, { description: 'A new allocation (needs a valid contract: NO_VALID_CONTRACT) and its JW301.' })
  async issueToewijzing(@Arg('input', () => IssueToewijzingInput) input: IssueToewijzingInput, @Ctx() ctx: Context) {
    const gemeenteCode = requireGemeente(ctx, input.gemeenteCode);
    return resultaat(await inAuditedCareTransaction(ctx, 'Mutation.issueToewijzing', (db) => issueToewijzing(db, {
      gemeenteCode, aanbiederAgb: input.aanbiederAgb, client: { bsn: input.client.bsn, geboortedatum: input.client.geboortedatum ?? null, persoonsgegevens: persoonsgegevensVan(input.client) },
      product: { categorie: input.product.categorie, code: input.product.code ?? null }, ingangsdatum: input.ingangsdatum,
      einddatum: input.einddatum ?? null, omvang: input.omvang ? { ...input.omvang } : null, budgetCents: input.budgetCents ?? null,
      commentaar: input.commentaar ?? null,
    }, ctx.zorg)));
  }

  @Authorized('gemeente')
  @Mutation(() => ToewijzingResultaatType, { description: 'Change einddatum, omvang or budget with a RedenWijziging (JZ002).' })
  async changeToewijzing(@Arg('input', () => ChangeToewijzingInput) input: ChangeToewijzingInput, @Ctx() ctx: Context) {
    const gemeenteCode = requireGemeente(ctx, input.gemeenteCode);
    return resultaat(await inAuditedCareTransaction(ctx, 'Mutation.changeToewijzing', (db) => changeToewijzing(db, {
      gemeenteCode, toewijzingId: input.toewijzingId, redenWijziging: input.redenWijziging,
      ...(input.einddatum !== undefined ? { einddatum: input.einddatum } : {}),
      ...(input.omvang !== undefined ? { omvang: input.omvang ? { ...input.omvang } : null } : {}),
      ...(input.budgetCents !== undefined ? { budgetCents: input.budgetCents } : {}),
    }, ctx.zorg)));
  }

  @Authorized('gemeente')
  @Mutation(() => ToewijzingResultaatType, { description: 'An earlier einddatum.' })
  async shortenToewijzing(@Arg('input', () => ShortenToewijzingInput) input: ShortenToewijzingInput, @Ctx() ctx: Context) {
    const gemeenteCode = requireGemeente(ctx, input.gemeenteCode);
    return resultaat(await inAuditedCareTransaction(ctx, 'Mutation.shortenToewijzing', (db) => shortenToewijzing(db, {
      gemeenteCode, toewijzingId: input.toewijzingId, einddatum: input.einddatum, redenWijziging: input.redenWijziging,
    }, ctx.zorg)));
  }

  @Authorized('gemeente')
  @Mutation(() => ToewijzingResultaatType, { description: 'Withdraw (intrekken); RedenWijziging 13 removes an allocation sent in error.' })
  async withdrawToewijzing(@Arg('input', () => WithdrawToewijzingInput) input: WithdrawToewijzingInput, @Ctx() ctx: Context) {
    const gemeenteCode = requireGemeente(ctx, input.gemeenteCode);
    return resultaat(await inAuditedCareTransaction(ctx, 'Mutation.withdrawToewijzing', (db) => withdrawToewijzing(db, {
      gemeenteCode, toewijzingId: input.toewijzingId, redenWijziging: input.redenWijziging, einddatum: input.einddatum ?? null,
    }, ctx.zorg)));
  }

  @FieldResolver(() => [ToewijzingHistorieType], { description: 'Every state the allocation went through, oldest first.' })
  async historie(@Root() t: Rij<ToewijzingType>, @Ctx() ctx: Context): Promise<ToewijzingHistorieType[]> {
    const rows = await run<HistorieRij>(careReader(ctx.dataSource), findHistorie(t.gemeenteCode, t.id));
    return rows.map(toHistorie);
  }
}
