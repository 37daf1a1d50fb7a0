import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { run } from '../../integration/store/SqlQuery';
import type { Context } from '../context';
import { groepKolommen, monitoringScope, MonitoringFilter, onderdruk, rapport, type Rapport } from '../monitoring';
import { GEBRUIK_DIMENSIES, GEBRUIK_MATEN, GebruikDimensie, gebruikQuery, type GebruikCel } from '../monitoring/gebruik.sql';
import { careReader } from '../services/careTransaction';
import { GebruikRapport, type GebruikRij } from '../types/MonitoringGebruikType';

const ALLE = Object.values(GebruikDimensie);

/** §2 Usage, stacking, recidive, re-indications (issue 6) from the projection mon_gebruik (integration/monitoring/gebruik.sql.ts). */
@Resolver()
export class MonitoringGebruikResolver {
  @Authorized('gemeente', 'regio')
  @Query(() => GebruikRapport, {
    description: 'Usage per municipality × segment × provider × month (groepeerOp; default all): unique youths, active allocations, providers, '
      + 'stacked youths, recidive and re-indications (and how many came from a JW317). A region sees cells of 1–4 youths suppressed.',
  })
  async monitoringGebruik(
    @Arg('filter', () => MonitoringFilter, { nullable: true }) filter: MonitoringFilter | null,
    @Arg('groepeerOp', () => [GebruikDimensie], { nullable: true }) groepeerOp: GebruikDimensie[] | null,
    @Ctx() ctx: Context,
  ): Promise<Rapport<GebruikRij>> {
    const scope = await monitoringScope(ctx, filter);
    const dims = groepeerOp ?? ALLE;
    const cellen = await run<GebruikCel & Record<string, unknown>>(careReader(ctx.dataSource), gebruikQuery(scope, dims));
    const rijen: GebruikRij[] = cellen.map((c) => ({ ...c, onderdrukt: false }));
    onderdruk(rijen, scope, (r) => r.uniekeJeugdigen, GEBRUIK_MATEN);
    return rapport(rijen, groepKolommen(dims, GEBRUIK_DIMENSIES, GEBRUIK_MATEN.map((m) => ({ naam: m, waarde: (r: GebruikRij) => r[m] }))));
  }
}
