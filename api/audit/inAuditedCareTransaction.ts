import { one } from '../../integration/store/SqlQuery';
import type { Queryable } from '../../integration/rules/Regel';
import type { RootVeld } from '../auth/beleid';
import type { Context } from '../context';
import { inCareTransaction } from '../services/careTransaction';
import { actor, operatieVan } from './actor';
import { insertWijziging } from './auditLog.sql';

/**
 * A care mutation's transaction with its audit: after `work` (which ends in the outbound message every decision
 * produces), one audit_log row per client of that message, in the same transaction — no change commits unaudited.
 */
export function inAuditedCareTransaction<T extends { bericht: { id: string } }>(ctx: Context, veld: RootVeld, work: (db: Queryable) => Promise<T>): Promise<T> {
  return inCareTransaction(ctx.dataSource, async (db) => {
    const r = await work(db);
    await one(db, insertWijziging(actor(ctx.auth), operatieVan(ctx.auth), veld, r.bericht.id));
    return r;
  });
}
