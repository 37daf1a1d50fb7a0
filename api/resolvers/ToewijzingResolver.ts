import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { run } from '../../integration/store/SqlQuery';
import { findHistorie } from '../../integration/zorg/toewijzing.sql';
import { changeToewijzing, issueToewijzing, shortenToewijzing, withdrawToewijzing, type ToewijzingResultaat } from '../../integration/zorg/toewijzingen';
import { requireGemeente } from '../auth';
import type { Context } from '../context';
import { inAuditedCareTransaction } from '../audit/inAuditedCareTransaction';
import { careReader } from '../services/careTransaction';
import { ToewijzingHistorieType, ToewijzingType, toHistorie, toToewijzing, type HistorieRij } from '../types/ToewijzingType';
import { ChangeToewijzingInput, IssueToewijzingInput, persoonsgegevensVan, ShortenToewijzingInput, WithdrawToewijzingInput } from '../types/ZorgInputs';
import { ToewijzingResultaatType } from '../types/ZorgResults';
import { uitgaand } from './VerzoekResolver';
import type { Rij } from '../types/Rij';

function resultaat(r: ToewijzingResultaat): ToewijzingResultaatType {
  return { toewijzing: toToewijzing(r.toewijzingen[0]!), bericht: uitgaand('JW301', r.bericht) };
}

/** Allocations: issue, change, shorten, withdraw — each one transaction ending in a JW301 (integration/zorg/toewijzingen.ts). */
@Resolver(() => ToewijzingType)
export class ToewijzingResolver {
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
