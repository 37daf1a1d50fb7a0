import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { run } from '../../integration/store/SqlQuery';
import { verreken } from '../../integration/monitoring/verrekening';
import type { Context } from '../context';
import { monitoringScope, MonitoringFilter, onderdruk, rapport, type CsvKolom, type Rapport } from '../monitoring';
import { SolidariteitDimensie, solidariteitQuery, type SolidariteitGemeente } from '../monitoring/solidariteit.sql';
import { careReader } from '../services/careTransaction';
import { SolidariteitRapport, type SolidariteitRij } from '../types/MonitoringSolidariteitType';

const KOLOMMEN: readonly CsvKolom<SolidariteitRij>[] = (['jaar', 'regioCode', 'gemeenteCode', 'verdeelsleutel', 'jeugdigen', 'jeugdigenGemiddeld', 'aandeel',
  'eigenKostenCents', 'verdeeldCents', 'saldoCents', 'onderdrukt'] as const).map((naam) => ({ naam, waarde: (r: SolidariteitRij) => r[naam] }));

/** §7 Solidarity in the heavy segments (issue 6) from the projections mon_jeugdigen_jaar and mon_geld_maand. */
@Resolver()
export class MonitoringSolidariteitResolver {
  @Authorized('gemeente', 'regio')
  @Query(() => SolidariteitRapport, {
    description: 'Each municipality\'s share of its region\'s solidair segments\' cost in a year (by the 3-year rolling average of youths in care, or '
      + 'the region\'s objective key) and the settlement. Computed over every municipality of the region; returns those in scope. '
      + 'filter.van/tot, segmentId and aanbiederAgb do not apply.',
  })
  async monitoringSolidariteit(
    @Arg('jaar', () => Int) jaar: number,
    @Arg('filter', () => MonitoringFilter, { nullable: true }) filter: MonitoringFilter | null,
    @Arg('groepeerOp', () => [SolidariteitDimensie], { nullable: true, description: 'Default REGIO, GEMEENTE; REGIO alone sums per region.' })
    groepeerOp: SolidariteitDimensie[] | null,
    @Ctx() ctx: Context,
  ): Promise<Rapport<SolidariteitRij>> {
    const scope = await monitoringScope(ctx, filter);
    const inScope = new Set(scope.gemeenten);
    const alle = await run<SolidariteitGemeente & Record<string, unknown>>(careReader(ctx.dataSource), solidariteitQuery(scope.gemeenten, jaar));
    const perRegio = new Map<string, SolidariteitGemeente[]>();
    for (const g of alle) perRegio.set(g.regioCode, [...(perRegio.get(g.regioCode) ?? []), g]);

    let rijen: SolidariteitRij[] = [];
    for (const [regioCode, gemeenten] of perRegio) {
      // The sum over three years has the same proportions as their average.
      const sleutel = (g: SolidariteitGemeente) => (g.verdeelsleutel === 'objectief' ? g.objectieveSleutel ?? 0 : g.jeugdigenDrieJaar);
      const v = verreken(gemeenten.map((g) => ({ gemeenteCode: g.gemeenteCode, sleutel: sleutel(g), eigenKostenCents: g.eigenKostenCents })));
      gemeenten.forEach((g, i) => {
        if (!inScope.has(g.gemeenteCode)) return;
        const x = v[i]!;
        rijen.push({ jaar, regioCode, gemeenteCode: g.gemeenteCode, verdeelsleutel: g.verdeelsleutel, jeugdigen: g.jeugdigen,
          jeugdigenGemiddeld: Math.round((g.jeugdigenDrieJaar / 3) * 100) / 100, aandeel: x.aandeel, eigenKostenCents: x.eigenKostenCents,
          verdeeldCents: x.verdeeldCents, saldoCents: x.saldoCents, onderdrukt: false });
      });
    }
    onderdruk(rijen, scope, (r) => r.jeugdigen, ['jeugdigen', 'jeugdigenGemiddeld']);
    const dims = new Set(groepeerOp ?? [SolidariteitDimensie.REGIO, SolidariteitDimensie.GEMEENTE]);
    if (!dims.has(SolidariteitDimensie.GEMEENTE)) rijen = this.somPerRegio(rijen);
    return rapport(rijen, KOLOMMEN);
  }

  /** Region sums: costs and the (zero) settlement; youth counts summed unless a municipality's count is withheld. */
  private somPerRegio(rijen: readonly SolidariteitRij[]): SolidariteitRij[] {
    const som = new Map<string, SolidariteitRij>();
    for (const r of rijen) {
      const s = som.get(r.regioCode);
      if (!s) { som.set(r.regioCode, { ...r, gemeenteCode: null }); continue; }
      const plus = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b);
      Object.assign(s, { jeugdigen: plus(s.jeugdigen, r.jeugdigen), jeugdigenGemiddeld: plus(s.jeugdigenGemiddeld, r.jeugdigenGemiddeld),
        aandeel: s.aandeel + r.aandeel, eigenKostenCents: s.eigenKostenCents + r.eigenKostenCents, verdeeldCents: s.verdeeldCents + r.verdeeldCents,
        saldoCents: s.saldoCents + r.saldoCents, onderdrukt: s.onderdrukt || r.onderdrukt });
    }
    return [...som.values()];
  }
}
