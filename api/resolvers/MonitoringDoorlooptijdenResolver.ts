import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { run } from '../../integration/store/SqlQuery';
import type { Context } from '../context';
import { groepKolommen, monitoringScope, MonitoringFilter, onderdruk, rapport, type Rapport } from '../monitoring';
import { DOORLOOPTIJD_DIMENSIES, DOORLOOPTIJD_MATEN, DoorlooptijdDimensie, doorlooptijdenQuery, type DoorlooptijdCel } from '../monitoring/doorlooptijden.sql';
import { careReader } from '../services/careTransaction';
import { DoorlooptijdenRapport, type DoorlooptijdRij } from '../types/MonitoringDoorlooptijdenType';

const STANDAARD = [DoorlooptijdDimensie.PRODUCT, DoorlooptijdDimensie.AANBIEDER];

/** §4 Times (issue 6) from the projection mon_doorlooptijd (integration/monitoring/doorlooptijden.sql.ts). */
@Resolver()
export class MonitoringDoorlooptijdenResolver {
  @Authorized('gemeente', 'regio')
  @Query(() => DoorlooptijdenRapport, {
    description: 'Request → allocation, allocation → start (waiting) and start → stop (duration) in days, median and p90, and the duration '
      + 'against the product norm; per product × provider unless groepeerOp says otherwise. A region sees cells of 1–4 youths suppressed.',
  })
  async monitoringDoorlooptijden(
    @Arg('filter', () => MonitoringFilter, { nullable: true }) filter: MonitoringFilter | null,
    @Arg('groepeerOp', () => [DoorlooptijdDimensie], { nullable: true }) groepeerOp: DoorlooptijdDimensie[] | null,
    @Ctx() ctx: Context,
  ): Promise<Rapport<DoorlooptijdRij>> {
    const scope = await monitoringScope(ctx, filter);
    const dims = groepeerOp ?? STANDAARD;
    const cellen = await run<DoorlooptijdCel & Record<string, unknown>>(careReader(ctx.dataSource), doorlooptijdenQuery(scope, dims));
    const rijen: DoorlooptijdRij[] = cellen.map((c) => ({ ...c, onderdrukt: false }));
    onderdruk(rijen, scope, (r) => r.uniekeJeugdigen, DOORLOOPTIJD_MATEN);
    return rapport(rijen, groepKolommen(dims, DOORLOOPTIJD_DIMENSIES, DOORLOOPTIJD_MATEN.map((m) => ({ naam: m, waarde: (r: DoorlooptijdRij) => r[m] }))));
  }
}
