import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { one, run } from '../../integration/store/SqlQuery';
import { countAudit, findAuditPage, type AuditRij } from '../audit/auditLog.sql';
import type { Context } from '../context';
import { InputError } from '../errors';
import { ConnectionArgs, type ConnectionResult } from '../pagination/Connection';
import { encodeCursor, pageRequest, toConnection } from '../pagination/paginate';
import { careReader } from '../services/careTransaction';
import { AuditConnection, AuditFilter, AuditRegelType, toAuditRegel } from '../types/AuditLogType';

/** The audit log of personal data (api/audit), for administrators (api/auth/beleid.ts: Query.auditLog). */
@Resolver(() => AuditRegelType)
export class AuditResolver {
  @Query(() => AuditConnection, { description: "Reads and changes of clients' personal data, newest first. Administrators only." })
  async auditLog(@Arg('filter', () => AuditFilter, { nullable: true }) filter: AuditFilter | undefined, @Args() args: ConnectionArgs,
    @Ctx() ctx: Context): Promise<ConnectionResult<AuditRegelType>> {
    const f = filter ?? {};
    const req = pageRequest(args);
    let cursor: [string, string] | null = null;
    if (req.cursor) {
      const [k, id] = req.cursor;
      if (typeof k !== 'string' || Number.isNaN(Date.parse(k)) || !/^\d+$/.test(id)) {
        throw new InputError('INVALID_CURSOR', req.cursorArg, `${req.cursorArg} is not a cursor of the audit log`);
      }
      cursor = [k, id];
    }
    const db = careReader(ctx.dataSource);
    const rows = await run<AuditRij>(db, findAuditPage(f, cursor, !req.backward, req.limit));
    return toConnection(rows, req, (r) => ({ cursor: encodeCursor(r.sort_key, r.id), node: toAuditRegel(r) }),
      () => one<{ n: number }>(db, countAudit(f)).then((r) => r!.n));
  }
}
