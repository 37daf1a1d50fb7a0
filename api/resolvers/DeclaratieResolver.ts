import { Arg, Args, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { one, run } from '../../integration/store/SqlQuery';
import { afgewezenGegroepeerd, budgetGebruik, countDeclaraties, findDeclaratiesPage } from '../../integration/declaraties/overzicht.sql';
import { eigenAanbieder, gemeentenInScope, requireLeesrecht } from '../auth';
import type { Context } from '../context';
import { InputError } from '../errors';
import { ConnectionArgs, type ConnectionResult } from '../pagination/Connection';
import { encodeCursor, pageRequest, toConnection } from '../pagination/paginate';
import { careReader } from '../services/careTransaction';
import { AfgewezenGroepType, BudgetGebruikType, DeclaratieConnection, DeclaratieFilter, DeclaratieType } from '../types/DeclaratieType';

type Rij = Record<string, unknown>;
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

function toDeclaratie(r: Rij): DeclaratieType {
  return {
    id: String(r.id), gemeenteCode: String(r.gemeente_code), aanbiederAgb: String(r.aanbieder_agb), declaratieNummer: String(r.declaratie_nummer),
    periodeBegin: String(r.periode_begin), periodeEind: String(r.periode_eind), status: String(r.status),
    ingediendCents: Number(r.ingediend_cents), toegekendCents: Number(r.toegekend_cents), afgewezenCents: Number(r.afgewezen_cents),
    aantalPrestaties: Number(r.aantal_prestaties), aantalToegekend: Number(r.aantal_toegekend), aantalAfgewezen: Number(r.aantal_afgewezen),
    retourcodes: r.retourcodes as string[], redenen: r.redenen as string[], berichtId: (r.bericht_id as string | null) ?? null, ontvangenOp: r.ontvangen_op as Date,
  };
}

async function scope(ctx: Context, gemeenteCode: string | null | undefined, veld: string): Promise<string[]> {
  if (gemeenteCode) {
    await requireLeesrecht(ctx, gemeenteCode, veld);
    return [gemeenteCode];
  }
  return [...(await gemeentenInScope(ctx))];
}

/** Declarations (JW323) and what they booked. Thin: SQL in integration/declaraties/overzicht.sql.ts. */
@Resolver(() => DeclaratieType)
export class DeclaratieResolver {
  @Authorized('gemeente', 'regio', 'aanbieder')
  @Query(() => DeclaratieConnection, { description: 'Declarations with their totals and status, newest first.' })
  async declaraties(@Arg('filter', () => DeclaratieFilter, { nullable: true }) filter: DeclaratieFilter | undefined, @Args() args: ConnectionArgs,
    @Ctx() ctx: Context): Promise<ConnectionResult<DeclaratieType>> {
    const f = { gemeenten: await scope(ctx, filter?.gemeenteCode, 'filter.gemeenteCode'), aanbiederAgb: eigenAanbieder(ctx, filter?.aanbiederAgb, 'filter.aanbiederAgb'), status: filter?.status };
    const req = pageRequest(args);
    let naId: string | null = null;
    if (req.cursor) {
      const [, id] = req.cursor;
      if (!/^\d+$/.test(id)) throw new InputError('INVALID_CURSOR', req.cursorArg, `${req.cursorArg} is not a cursor of declaraties`);
      naId = id;
    }
    const db = careReader(ctx.dataSource);
    const rows = await run<Rij>(db, findDeclaratiesPage(f, naId, !req.backward, req.limit));
    return toConnection(rows, req, (r) => ({ cursor: encodeCursor(Number(r.id), String(r.id)), node: toDeclaratie(r) }),
      () => one<{ n: number }>(db, countDeclaraties(f)).then((r) => r!.n));
  }

  @Authorized('gemeente', 'regio', 'aanbieder')
  @Query(() => [AfgewezenGroepType], { description: 'Rejected prestaties grouped by return code, provider, product and month (of the ProductPeriode).' })
  async afgewezenPrestaties(
    @Ctx() ctx: Context,
    @Arg('gemeenteCode', () => String, { nullable: true }) gemeenteCode?: string | null,
    @Arg('aanbiederAgb', () => String, { nullable: true }) aanbiederAgb?: string | null,
    @Arg('van', () => String, { nullable: true, description: 'First ProductPeriode month, YYYY-MM-DD.' }) van?: string | null,
    @Arg('tot', () => String, { nullable: true }) tot?: string | null,
  ): Promise<AfgewezenGroepType[]> {
    const rows = await run<Rij>(careReader(ctx.dataSource), afgewezenGegroepeerd(await scope(ctx, gemeenteCode, 'gemeenteCode'), van ?? null, tot ?? null, eigenAanbieder(ctx, aanbiederAgb, 'aanbiederAgb')));
    return rows.map((r) => ({
      retourcode: String(r.retourcode), aanbiederAgb: String(r.aanbieder_agb), productCategorie: String(r.product_categorie), productCode: String(r.product_code),
      maand: String(r.maand), aantal: Number(r.aantal), bedragCents: Number(r.bedrag_cents),
    }));
  }

  @Authorized('gemeente', 'regio')
  @Query(() => [BudgetGebruikType], { description: 'Budget use per municipality × segment in a year, with the booked amounts.' })
  async budgetGebruik(@Ctx() ctx: Context, @Arg('jaar', () => Int) jaar: number,
    @Arg('gemeenteCode', () => String, { nullable: true }) gemeenteCode?: string | null): Promise<BudgetGebruikType[]> {
    const rows = await run<Rij>(careReader(ctx.dataSource), budgetGebruik(await scope(ctx, gemeenteCode, 'gemeenteCode'), jaar));
    return rows.map((r) => {
      const budget = num(r.budget_cents);
      const toegekend = Number(r.toegekend_cents);
      return {
        gemeenteCode: String(r.gemeente_code), segmentId: (r.segment_id as string | null) ?? null, segmentNaam: (r.segment_naam as string | null) ?? null,
        budgetCents: budget, regioBudgetCents: num(r.regio_budget_cents), prestaties: Number(r.prestaties), ingediendCents: Number(r.ingediend_cents),
        toegekendCents: toegekend, afgewezenCents: Number(r.afgewezen_cents), restantCents: budget === null ? null : budget - toegekend,
      };
    });
  }
}
