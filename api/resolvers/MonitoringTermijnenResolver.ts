import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { run } from '../../integration/store/SqlQuery';
import type { Context } from '../context';
import { groepKolommen, monitoringScope, MonitoringFilter, rapport, type Rapport } from '../monitoring';
import { TERMIJN_DIMENSIES, TermijnDimensie, TermijnRegel, termijnenQuery, type TermijnCel } from '../monitoring/termijnen.sql';
import { careReader } from '../services/careTransaction';
import { TermijnRapport, type TermijnRij } from '../types/MonitoringTermijnenType';

const STANDAARD = [TermijnDimensie.AANBIEDER, TermijnDimensie.REGEL];
const MATEN = ['aantal', 'teLaat', 'opTijd', 'nalevingPercentage'] as const;

/** §6 Deadline compliance (issue 6) from the projection mon_termijn (integration/monitoring/termijnnaleving.ts). */
@Resolver()
export class MonitoringTermijnenResolver {
  @Authorized('gemeente', 'regio')
  @Query(() => TermijnRapport, {
    description: 'Deadline compliance (OP090, OP090x4, OP271, OP272) per provider and per municipality (groepeerOp; default AANBIEDER, REGEL): '
      + 'deadlines, late, on time, percentage. filter.segmentId does not apply.',
  })
  async monitoringTermijnen(
    @Arg('filter', () => MonitoringFilter, { nullable: true }) filter: MonitoringFilter | null,
    @Arg('groepeerOp', () => [TermijnDimensie], { nullable: true }) groepeerOp: TermijnDimensie[] | null,
    @Arg('regels', () => [TermijnRegel], { nullable: true, description: 'Only these rules (default all).' }) regels: TermijnRegel[] | null,
    @Ctx() ctx: Context,
  ): Promise<Rapport<TermijnRij>> {
    const scope = await monitoringScope(ctx, filter);
    const dims = [...new Set(groepeerOp ?? STANDAARD)];
    const cellen = await run<TermijnCel & Record<string, unknown>>(careReader(ctx.dataSource), termijnenQuery(scope, dims, regels));
    const rijen: TermijnRij[] = cellen.map((c) => ({
      gemeenteCode: c.gemeenteCode ?? null, aanbiederAgb: c.aanbiederAgb ?? null, maand: c.maand ?? null, regel: (c.regel as TermijnRegel | undefined) ?? null,
      partij: c.partij ?? null, aantal: c.aantal, teLaat: c.teLaat, opTijd: c.aantal - c.teLaat,
      nalevingPercentage: c.aantal ? Math.round((1000 * (c.aantal - c.teLaat)) / c.aantal) / 10 : null, onderdrukt: false,
    }));
    return rapport(rijen, groepKolommen(dims, TERMIJN_DIMENSIES, MATEN.map((m) => ({ naam: m, waarde: (r: TermijnRij) => r[m] }))));
  }
}
