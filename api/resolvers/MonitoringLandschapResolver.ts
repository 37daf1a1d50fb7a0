import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { run } from '../../integration/store/SqlQuery';
import type { Context } from '../context';
import { InputError } from '../errors';
import { groepKolommen, monitoringScope, MonitoringFilter, rapport, type Rapport } from '../monitoring';
import { LANDSCHAP_DIMENSIES, LandschapDimensie, landschapQuery, type LandschapCel } from '../monitoring/landschap.sql';
import { careReader } from '../services/careTransaction';
import { CentsScalar } from '../scalars';
import { LandschapRapport, type LandschapRij } from '../types/MonitoringLandschapType';

/**
 * Default thresholds of a "small" provider: turnover below €100,000 and fewer than 10 clients a year. Berkelland found
 * 55–60% of its providers had a small turnover and few clients (the fragmented provider landscape, issue 6); the
 * thresholds are query parameters so a region can apply its own.
 */
export const STANDAARD_DREMPEL_OMZET_CENTS = 100_000_00;
export const STANDAARD_DREMPEL_CLIENTEN = 10;

const MATEN = ['aanbieders', 'kleineAanbieders', 'aandeelKlein', 'omzetCents', 'top5OmzetCents', 'aandeelTop5'] as const;

/** §5 The provider landscape (issue 6) from the projection mon_landschap (integration/monitoring/landschap.ts). */
@Resolver()
export class MonitoringLandschapResolver {
  @Authorized('gemeente', 'regio')
  @Query(() => LandschapRapport, {
    description: 'Per segment (and municipality if grouped) in a year: providers, the share with small turnover and few clients, and the top-5 '
      + 'providers\' share of turnover. filter.van/tot do not apply (the year does).',
  })
  async monitoringLandschap(
    @Arg('jaar', () => Int) jaar: number,
    @Arg('filter', () => MonitoringFilter, { nullable: true }) filter: MonitoringFilter | null,
    @Arg('groepeerOp', () => [LandschapDimensie], { nullable: true, description: 'Default SEGMENT.' }) groepeerOp: LandschapDimensie[] | null,
    @Arg('drempelOmzetCents', () => CentsScalar, { nullable: true, description: 'Small turnover: below this (default €100,000).' }) drempelOmzetCents: number | null,
    @Arg('drempelClienten', () => Int, { nullable: true, description: 'Few clients: fewer than this (default 10).' }) drempelClienten: number | null,
    @Ctx() ctx: Context,
  ): Promise<Rapport<LandschapRij> & { drempelOmzetCents: number; drempelClienten: number }> {
    const drempels = { omzetCents: drempelOmzetCents ?? STANDAARD_DREMPEL_OMZET_CENTS, clienten: drempelClienten ?? STANDAARD_DREMPEL_CLIENTEN };
    if (drempels.omzetCents < 0) throw new InputError('BAD_USER_INPUT', 'drempelOmzetCents', 'a threshold is not negative');
    if (drempels.clienten < 0) throw new InputError('BAD_USER_INPUT', 'drempelClienten', 'a threshold is not negative');
    const scope = await monitoringScope(ctx, filter);
    const dims = [...new Set(groepeerOp ?? [LandschapDimensie.SEGMENT])];
    const cellen = await run<LandschapCel & Record<string, unknown>>(careReader(ctx.dataSource), landschapQuery(scope, jaar, dims, drempels));
    const rijen: LandschapRij[] = cellen.map((c) => ({
      jaar, segmentId: c.segmentId ?? null, gemeenteCode: c.gemeenteCode ?? null, aanbieders: c.aanbieders, kleineAanbieders: c.kleineAanbieders,
      aandeelKlein: c.aanbieders ? c.kleineAanbieders / c.aanbieders : null, omzetCents: c.omzetCents, top5OmzetCents: c.top5OmzetCents,
      aandeelTop5: c.omzetCents > 0 ? c.top5OmzetCents / c.omzetCents : null, onderdrukt: false,
    }));
    const kolommen = [{ naam: 'jaar', waarde: (r: LandschapRij) => r.jaar }, ...groepKolommen<LandschapDimensie, LandschapRij>(dims, LANDSCHAP_DIMENSIES, MATEN.map((m) => ({ naam: m, waarde: (r: LandschapRij) => r[m] })))];
    return Object.assign(rapport(rijen, kolommen), { drempelOmzetCents: drempels.omzetCents, drempelClienten: drempels.clienten });
  }
}
