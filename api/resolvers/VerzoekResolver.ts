import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { UitgaandResultaat } from '../../integration/flows/uitgaand';
import { allocateVerzoek, investigateVerzoek, rejectVerzoek } from '../../integration/zorg/verzoeken';
import { requireGemeente } from '../auth';
import type { Context } from '../context';
import { inAuditedCareTransaction } from '../audit/inAuditedCareTransaction';
import { toToewijzing } from '../types/ToewijzingType';
import { VerzoekType, toVerzoek } from '../types/VerzoekType';
import { AfwijzenVerzoekInput, OnderzoekVerzoekInput, ToewijzenVerzoekInput } from '../types/ZorgInputs';
import { VerzoekBesluitType, type UitgaandBerichtType } from '../types/ZorgResults';

export const uitgaand = (type: string, b: UitgaandResultaat): UitgaandBerichtType => ({ id: b.id, type, identificatie: b.identificatie, dagtekening: b.dagtekening });

/** Deciding on a request (JW315/JW317): the municipality only, one transaction each (integration/zorg/verzoeken.ts). */
@Resolver(() => VerzoekType)
export class VerzoekResolver {
  @Authorized('gemeente')
  @Mutation(() => VerzoekBesluitType, { description: 'JW319 VerzoekAntwoord 2: the request is being investigated (once per request, TR360).' })
  async onderzoekVerzoek(@Arg('input', () => OnderzoekVerzoekInput) input: OnderzoekVerzoekInput, @Ctx() ctx: Context): Promise<VerzoekBesluitType> {
    const gemeenteCode = requireGemeente(ctx, input.gemeenteCode);
    const r = await inAuditedCareTransaction(ctx, 'Mutation.onderzoekVerzoek', (db) => investigateVerzoek(db, { gemeenteCode, verzoekId: input.verzoekId }, ctx.zorg));
    return { verzoek: toVerzoek(r.verzoek), toewijzingen: [], bericht: uitgaand('JW319', r.bericht) };
  }

  @Authorized('gemeente')
  @Mutation(() => VerzoekBesluitType, { description: 'JW319 VerzoekAntwoord 1 with RedenAfwijzingVerzoek (WJ759).' })
  async afwijzenVerzoek(@Arg('input', () => AfwijzenVerzoekInput) input: AfwijzenVerzoekInput, @Ctx() ctx: Context): Promise<VerzoekBesluitType> {
    const gemeenteCode = requireGemeente(ctx, input.gemeenteCode);
    const r = await inAuditedCareTransaction(ctx, 'Mutation.afwijzenVerzoek', (db) => rejectVerzoek(db, {
      gemeenteCode, verzoekId: input.verzoekId, redenAfwijzing: input.redenAfwijzing, woonplaatsGemeente: input.woonplaatsGemeente ?? null,
    }, ctx.zorg));
    return { verzoek: toVerzoek(r.verzoek), toewijzingen: [], bericht: uitgaand('JW319', r.bericht) };
  }

  @Authorized('gemeente')
  @Mutation(() => VerzoekBesluitType, { description: 'Honour the request with a JW301 (contract checked: NO_VALID_CONTRACT).' })
  async toewijzenVerzoek(@Arg('input', () => ToewijzenVerzoekInput) input: ToewijzenVerzoekInput, @Ctx() ctx: Context): Promise<VerzoekBesluitType> {
    const gemeenteCode = requireGemeente(ctx, input.gemeenteCode);
    const r = await inAuditedCareTransaction(ctx, 'Mutation.toewijzenVerzoek', (db) => allocateVerzoek(db, {
      gemeenteCode, verzoekId: input.verzoekId, ...(input.einddatum !== undefined ? { einddatum: input.einddatum } : {}),
    }, ctx.zorg));
    return { verzoek: toVerzoek(r.verzoek), toewijzingen: r.toewijzingen.map(toToewijzing), bericht: uitgaand('JW301', r.bericht) };
  }
}
