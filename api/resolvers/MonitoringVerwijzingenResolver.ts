import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { run } from '../../integration/store/SqlQuery';
import type { Context } from '../context';
import { groepKolommen, monitoringScope, MonitoringFilter, onderdruk, rapport, type Rapport } from '../monitoring';
import { VERWIJZING_DIMENSIES, VerwijzingDimensie, verwijzingenQuery, type VerwijzingCel } from '../monitoring/verwijzingen.sql';
import { careReader } from '../services/careTransaction';
import { VERWIJZER_TYPEN, VerwijzingenRapport, type VerwijzingRij } from '../types/MonitoringVerwijzingenType';

const ALLE = Object.values(VerwijzingDimensie);
const MATEN = ['verzoeken', 'toewijzingen', 'uniekeJeugdigen'] as const;

/** §1 Referral behaviour (issue 6) from the projection mon_verwijzing (integration/monitoring/verwijzingen.sql.ts). */
@Resolver()
export class MonitoringVerwijzingenResolver {
  @Authorized('gemeente', 'regio')
  @Query(() => VerwijzingenRapport, {
    description: 'Referral behaviour: requests, allocations and unique youths per municipality × referrer type (COD327) × segment × '
      + 'product category × provider × month (groepeerOp; default all). A region sees cells of 1–4 youths suppressed.',
  })
  async monitoringVerwijzingen(
    @Arg('filter', () => MonitoringFilter, { nullable: true }) filter: MonitoringFilter | null,
    @Arg('groepeerOp', () => [VerwijzingDimensie], { nullable: true }) groepeerOp: VerwijzingDimensie[] | null,
    @Ctx() ctx: Context,
  ): Promise<Rapport<VerwijzingRij>> {
    const scope = await monitoringScope(ctx, filter);
    const dims = groepeerOp ?? ALLE;
    const cellen = await run<VerwijzingCel & Record<string, unknown>>(careReader(ctx.dataSource), verwijzingenQuery(scope, dims));
    const rijen: VerwijzingRij[] = cellen.map((c) => ({
      ...c, verwijzerOmschrijving: c.verwijzerType ? VERWIJZER_TYPEN[c.verwijzerType] ?? null : null, onderdrukt: false,
    }));
    onderdruk(rijen, scope, (r) => r.uniekeJeugdigen, MATEN);
    return rapport(rijen, groepKolommen(dims, VERWIJZING_DIMENSIES, MATEN.map((m) => ({ naam: m, waarde: (r: VerwijzingRij) => r[m] }))));
  }
}
