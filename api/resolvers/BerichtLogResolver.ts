import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { one, run } from '../../integration/store/SqlQuery';
import { gemeentenInScope, requireLeesrecht } from '../auth';
import type { Context } from '../context';
import { InputError } from '../errors';
import { ConnectionArgs, type ConnectionResult } from '../pagination/Connection';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, decodeCursor, encodeCursor } from '../pagination/paginate';
import { countBerichten, findBerichtenPage, type BerichtLogFilter } from '../services/berichtLog.sql';
import { careReader } from '../services/careTransaction';
import { BerichtConnection, BerichtFilter, BerichtLogType, toBericht, type BerichtRij } from '../types/BerichtLogType';

function pageSize(v: number | null | undefined, field: string): number | undefined {
  if (v === null || v === undefined) return undefined;
  if (!Number.isInteger(v) || v < 1 || v > MAX_PAGE_SIZE) throw new InputError('BAD_USER_INPUT', field, `${field} must be between 1 and ${MAX_PAGE_SIZE}`);
  return v;
}

/** The message log: newest first, keyset-paginated on (ontvangen_op, id), within the caller's municipalities. */
@Resolver(() => BerichtLogType)
export class BerichtLogResolver {
  @Authorized('gemeente', 'regio')
  @Query(() => BerichtConnection, { description: 'Stored messages, newest first; filters are index-backed (see BerichtFilter).' })
  async berichten(@Arg('filter', () => BerichtFilter, { nullable: true }) filter: BerichtFilter | undefined, @Args() args: ConnectionArgs,
    @Ctx() ctx: Context): Promise<ConnectionResult<BerichtLogType>> {
    const f = filter ?? {};
    if (f.gemeenteCode) await requireLeesrecht(ctx, f.gemeenteCode, 'filter.gemeenteCode');
    const gemeenten = f.gemeenteCode ? [f.gemeenteCode] : await gemeentenInScope(ctx);
    const lf: BerichtLogFilter = { gemeenten, type: f.type, aanbiederAgb: f.aanbiederAgb, status: f.status, ontvangenVanaf: f.ontvangenVanaf,
      ontvangenTot: f.ontvangenTot, retourcode: f.retourcode };

    const first = pageSize(args.first, 'first');
    const last = pageSize(args.last, 'last');
    if ((first !== undefined || args.after) && (last !== undefined || args.before)) throw new InputError('BAD_USER_INPUT', 'last', 'use first/after or last/before, not both');
    const backward = last !== undefined || !!args.before;
    const limit = (backward ? last : first) ?? DEFAULT_PAGE_SIZE;
    const cursorArg = backward ? 'before' : 'after';
    const raw = backward ? args.before : args.after;
    let cursor: [string, string] | null = null;
    if (raw) {
      const [k, id] = decodeCursor(raw, cursorArg);
      if (typeof k !== 'string' || !/^\d+$/.test(id)) throw new InputError('INVALID_CURSOR', cursorArg, `${cursorArg} is not a cursor of the message log`);
      cursor = [k, id];
    }
    const db = careReader(ctx.dataSource);
    const rows = await run<BerichtRij>(db, findBerichtenPage(lf, cursor, !backward, limit));
    const more = rows.length > limit;
    if (more) rows.pop();
    if (backward) rows.reverse();
    const edges = rows.map((r) => ({ cursor: encodeCursor(r.sort_key, r.id), node: toBericht(r) }));
    let count: Promise<number> | undefined;
    return {
      edges,
      pageInfo: {
        hasNextPage: backward ? !!cursor : more,
        hasPreviousPage: backward ? more : !!cursor,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
      get totalCount() {
        return (count ??= one<{ n: number }>(db, countBerichten(lf)).then((r) => r!.n));
      },
    };
  }
}
