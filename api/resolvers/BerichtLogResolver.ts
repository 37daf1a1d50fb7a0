import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { one, run } from '../../integration/store/SqlQuery';
import { eigenAanbieder, gemeentenInScope, requireLeesrecht } from '../auth';
import type { Context } from '../context';
import { InputError } from '../errors';
import { ConnectionArgs, type ConnectionResult } from '../pagination/Connection';
import { encodeCursor, pageRequest, toConnection } from '../pagination/paginate';
import { countBerichten, findBerichtenPage, type BerichtLogFilter } from '../services/berichtLog.sql';
import { careReader } from '../services/careTransaction';
import { BerichtConnection, BerichtFilter, BerichtLogType, toBericht, type BerichtRij } from '../types/BerichtLogType';

/** The message log: newest first, keyset-paginated on (ontvangen_op, id), within the caller's municipalities (a provider: its own messages). */
@Resolver(() => BerichtLogType)
export class BerichtLogResolver {
  @Authorized('gemeente', 'regio', 'aanbieder')
  @Query(() => BerichtConnection, { description: 'Stored messages, newest first; filters are index-backed (see BerichtFilter).' })
  async berichten(@Arg('filter', () => BerichtFilter, { nullable: true }) filter: BerichtFilter | undefined, @Args() args: ConnectionArgs,
    @Ctx() ctx: Context): Promise<ConnectionResult<BerichtLogType>> {
    const f = filter ?? {};
    if (f.gemeenteCode) await requireLeesrecht(ctx, f.gemeenteCode, 'filter.gemeenteCode');
    const gemeenten = f.gemeenteCode ? [f.gemeenteCode] : await gemeentenInScope(ctx);
    const lf: BerichtLogFilter = { gemeenten, type: f.type, aanbiederAgb: eigenAanbieder(ctx, f.aanbiederAgb, 'filter.aanbiederAgb'), status: f.status, ontvangenVanaf: f.ontvangenVanaf,
      ontvangenTot: f.ontvangenTot, retourcode: f.retourcode };

    const req = pageRequest(args);
    let cursor: [string, string] | null = null;
    if (req.cursor) {
      const [k, id] = req.cursor;
      if (typeof k !== 'string' || !/^\d+$/.test(id)) throw new InputError('INVALID_CURSOR', req.cursorArg, `${req.cursorArg} is not a cursor of the message log`);
      cursor = [k, id];
    }
    const db = careReader(ctx.dataSource);
    const rows = await run<BerichtRij>(db, findBerichtenPage(lf, cursor, !req.backward, req.limit));
    return toConnection(rows, req, (r) => ({ cursor: encodeCursor(r.sort_key, r.id), node: toBericht(r) }),
      () => one<{ n: number }>(db, countBerichten(lf)).then((r) => r!.n));
  }
}
