import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { one, run } from '../../integration/store/SqlQuery';
import { findClient, findClientByBsn, findClientByPseudoniem, type ClientRij } from '../../integration/zorg/client.sql';
import { findStartsVanClient, findStopsVanClient } from '../../integration/zorg/levering.sql';
import { findToewijzingenVanClient, type ToewijzingRij } from '../../integration/zorg/toewijzing.sql';
import { findVerzoekenVanClient, type VerzoekRij } from '../../integration/zorg/verzoek.sql';
import { gemeentenInScope, magBsnZien, requireLeesrecht } from '../auth';
import type { Context } from '../context';
import { findBerichtenVanClient } from '../services/berichtLog.sql';
import { careReader } from '../services/careTransaction';
import { BerichtLogType, toBericht, type BerichtRij } from '../types/BerichtLogType';
import { ClientType, toClient } from '../types/ClientType';
import { StartProductType, StopProductType, toStart, toStop } from '../types/LeveringType';
import { ToewijzingType, toToewijzing } from '../types/ToewijzingType';
import { VerzoekType, toVerzoek } from '../types/VerzoekType';
import { DateScalar } from '../scalars';
import type { Rij } from '../types/Rij';

/**
 * A client's trajectory: requests, allocations (with history), starts, stops and messages with their return codes.
 * Readable by the owning municipality (gemeente role, with BSN) and by its region (regio role, pseudonym only).
 */
@Resolver(() => ClientType)
export class ClientResolver {
  @Authorized('gemeente', 'regio')
  @Query(() => ClientType, { nullable: true, description: 'A client by id within a municipality in the caller\'s scope (else FORBIDDEN).' })
  async client(@Arg('gemeenteCode') gemeenteCode: string, @Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    await requireLeesrecht(ctx, gemeenteCode, 'gemeenteCode');
    if (!/^\d+$/.test(id)) return null;
    const r = await one<ClientRij & Record<string, unknown>>(careReader(ctx.dataSource), findClient(gemeenteCode, id));
    return r ? toClient(r) : null;
  }

  @Authorized('gemeente')
  @Query(() => ClientType, { nullable: true, description: 'A client by BSN: only for the municipality itself.' })
  async clientByBsn(@Arg('gemeenteCode') gemeenteCode: string, @Arg('bsn') bsn: string, @Ctx() ctx: Context) {
    await requireLeesrecht(ctx, gemeenteCode, 'gemeenteCode');
    const r = await one<ClientRij & Record<string, unknown>>(careReader(ctx.dataSource), findClientByBsn(gemeenteCode, bsn));
    return r ? toClient(r) : null;
  }

  @Authorized('gemeente', 'regio')
  @Query(() => [ClientType], { description: 'Clients with this pseudonym in the caller\'s municipalities (one per municipality at most).' })
  async clientsByPseudoniem(@Arg('pseudoniem') pseudoniem: string, @Ctx() ctx: Context) {
    const scope = await gemeentenInScope(ctx);
    const rows = await run<ClientRij>(careReader(ctx.dataSource), findClientByPseudoniem(pseudoniem));
    return rows.filter((r) => scope.includes(r.gemeente_code)).map(toClient);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Only for the owning municipality; null for every other role.' })
  bsn(@Root() c: Rij<ClientType>, @Ctx() ctx: Context): string | null {
    return magBsnZien(ctx, c.gemeenteCode) ? c._bsn : null;
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'Only for the owning municipality; null for every other role.' })
  geboortedatum(@Root() c: Rij<ClientType>, @Ctx() ctx: Context): string | null {
    return magBsnZien(ctx, c.gemeenteCode) ? c._geboortedatum : null;
  }

  @FieldResolver(() => [VerzoekType])
  async verzoeken(@Root() c: Rij<ClientType>, @Ctx() ctx: Context) {
    return (await run<VerzoekRij>(careReader(ctx.dataSource), findVerzoekenVanClient(c.gemeenteCode, c.id))).map(toVerzoek);
  }

  @FieldResolver(() => [ToewijzingType], { description: 'All allocations, per provider by number (also removed ones).' })
  async toewijzingen(@Root() c: Rij<ClientType>, @Ctx() ctx: Context) {
    return (await run<ToewijzingRij>(careReader(ctx.dataSource), findToewijzingenVanClient(c.gemeenteCode, c.id))).map(toToewijzing);
  }

  @FieldResolver(() => [StartProductType])
  async starts(@Root() c: Rij<ClientType>, @Ctx() ctx: Context) {
    return (await run(careReader(ctx.dataSource), findStartsVanClient(c.gemeenteCode, c.id))).map(toStart);
  }

  @FieldResolver(() => [StopProductType])
  async stops(@Root() c: Rij<ClientType>, @Ctx() ctx: Context) {
    return (await run(careReader(ctx.dataSource), findStopsVanClient(c.gemeenteCode, c.id))).map(toStop);
  }

  @FieldResolver(() => [BerichtLogType], { description: 'Messages linked to the client, newest first, with their return codes.' })
  async berichten(@Root() c: Rij<ClientType>, @Ctx() ctx: Context) {
    return (await run<BerichtRij>(careReader(ctx.dataSource), findBerichtenVanClient(c.id, c.gemeenteCode))).map(toBericht);
  }
}
