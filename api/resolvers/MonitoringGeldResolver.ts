import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { run } from '../../integration/store/SqlQuery';
import { grensMaand, prognose } from '../../integration/monitoring/prognose';
import type { Context } from '../context';
import { InputError } from '../errors';
import { groepKolommen, monitoringScope, MonitoringFilter, rapport, type Rapport } from '../monitoring';
import { budgetQuery, GELD_DIMENSIES, GeldDimensie, geldQuery, type BudgetRegel, type GeldCel } from '../monitoring/geld.sql';
import { careReader } from '../services/careTransaction';
import { GeldRapport, type GeldRij } from '../types/MonitoringGeldType';

const STANDAARD = [GeldDimensie.GEMEENTE, GeldDimensie.SEGMENT];
const MATEN = ['ingediendCents', 'toegekendCents', 'verplichtCents', 'budgetCents', 'gerealiseerdCents', 'verstrekenMaanden', 'runRateCents',
  'prognoseCents', 'overschrijding'] as const;
const DATUM = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** §3 Spend against budget with the year-end forecast (issue 6) from the projection mon_geld_maand (integration/monitoring/geld.ts). */
@Resolver()
export class MonitoringGeldResolver {
  @Authorized('gemeente', 'regio')
  @Query(() => GeldRapport, {
    description: 'Declared and approved spend per municipality × segment (× month) of a budget year against the budget, with the forecast to year end '
      + '(run rate + committed volume of undeclared allocations) and a flag when it exceeds the budget. filter.van/tot and aanbiederAgb do not apply.',
  })
  async monitoringGeld(
    @Arg('jaar', () => Int) jaar: number,
    @Arg('peildatum', () => String, { nullable: true, description: 'YYYY-MM-DD; default today.' }) peildatum: string | null,
    @Arg('filter', () => MonitoringFilter, { nullable: true }) filter: MonitoringFilter | null,
    @Arg('groepeerOp', () => [GeldDimensie], { nullable: true, description: 'Default GEMEENTE, SEGMENT.' }) groepeerOp: GeldDimensie[] | null,
    @Ctx() ctx: Context,
  ): Promise<Rapport<GeldRij> & { peildatum: string }> {
    if (jaar < 2015 || jaar > 2100) throw new InputError('BAD_USER_INPUT', 'jaar', 'a budget year lies in 2015..2100');
    if (peildatum !== null && !DATUM.test(peildatum)) throw new InputError('INVALID_DATE', 'peildatum', `a date is YYYY-MM-DD, not ${peildatum}`);
    const peil = peildatum ?? new Date().toISOString().slice(0, 10);
    const scope = await monitoringScope(ctx, filter);
    const dims = [...new Set(groepeerOp ?? STANDAARD)];
    const db = careReader(ctx.dataSource);
    const cellen = await run<GeldCel & Record<string, unknown>>(db, geldQuery(scope, jaar, grensMaand(jaar, peil), dims));
    const perMaand = dims.includes(GeldDimensie.MAAND);
    const sleutel = (gemeente: string | null | undefined, segment: string | null | undefined) =>
      `${dims.includes(GeldDimensie.GEMEENTE) ? gemeente ?? '' : ''}|${dims.includes(GeldDimensie.SEGMENT) ? segment ?? '' : ''}`;

    // Budgets per cell key (not per month); a region's shared budget only where cells are not split by municipality.
    const budgetten = new Map<string, number>();
    if (!perMaand) {
      for (const b of await run<BudgetRegel & Record<string, unknown>>(db, budgetQuery(scope, jaar))) {
        if (b.gemeenteCode === null && dims.includes(GeldDimensie.GEMEENTE)) continue;
        const k = sleutel(b.gemeenteCode, b.segmentId);
        budgetten.set(k, (budgetten.get(k) ?? 0) + b.cents);
      }
    }
    const rijen: GeldRij[] = cellen.map((c) => {
      const k = sleutel(c.gemeenteCode, c.segmentId);
      const budget = perMaand ? null : budgetten.get(k) ?? null;
      budgetten.delete(k);
      return this.rij(jaar, peil, c, budget, perMaand);
    });
    // Budgets without any spend or commitment yet: a row of their own.
    for (const [k, cents] of budgetten) {
      const [gemeenteCode, segmentId] = k.split('|');
      rijen.push(this.rij(jaar, peil, {
        ...(dims.includes(GeldDimensie.GEMEENTE) ? { gemeenteCode } : {}), ...(dims.includes(GeldDimensie.SEGMENT) ? { segmentId } : {}),
        ingediendCents: 0, toegekendCents: 0, gerealiseerdCents: 0, verplichtCents: 0,
      }, cents, false));
    }
    const kolommen = [{ naam: 'jaar', waarde: (r: GeldRij) => r.jaar }, ...groepKolommen<GeldDimensie, GeldRij>(dims, GELD_DIMENSIES, MATEN.map((m) => ({ naam: m, waarde: (r: GeldRij) => r[m] })))];
    return Object.assign(rapport(rijen, kolommen), { peildatum: peil });
  }

  private rij(jaar: number, peildatum: string, c: GeldCel, budget: number | null, perMaand: boolean): GeldRij {
    const basis = { jaar, gemeenteCode: c.gemeenteCode ?? null, segmentId: c.segmentId ?? null, maand: c.maand ?? null,
      ingediendCents: c.ingediendCents, toegekendCents: c.toegekendCents, verplichtCents: c.verplichtCents, onderdrukt: false };
    if (perMaand) {
      return { ...basis, budgetCents: null, gerealiseerdCents: null, verstrekenMaanden: null, runRateCents: null, prognoseCents: null, overschrijding: null };
    }
    const p = prognose(jaar, peildatum, c.gerealiseerdCents, c.verplichtCents, budget);
    return { ...basis, budgetCents: budget, gerealiseerdCents: p.gerealiseerdCents, verstrekenMaanden: p.verstrekenMaanden, runRateCents: p.runRateCents,
      prognoseCents: p.prognoseCents, overschrijding: p.overschrijding };
  }
}
