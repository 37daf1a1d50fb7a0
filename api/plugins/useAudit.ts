import type { ApolloServerPlugin } from '@apollo/server';
import { actor, noteerOperatie } from '../audit/actor';
import { insertLezingen } from '../audit/auditLog.sql';
import { lezingenVan } from '../audit/lezingen';
import type { Context } from '../context';
import { execute } from '../loaders/rows';

/**
 * Who read which client's data: every field resolved on a `Client` (bsn, toewijzingen, berichten ...) is noted per
 * client and root field (api/audit/lezingen.ts, wrapped into the schema), and one audit_log row each (api/audit, by
 * pseudonym, never the BSN) is written before the response leaves, with the caller's role, the token's subject and
 * the operation name. If that write fails the response carries no data: personal data is not served unaudited.
 * Changes are audited inside their own transaction (api/audit/inAuditedCareTransaction.ts); this plugin notes the
 * operation name for them.
 */
export function useAudit(options: { log?: (error: unknown) => void } = {}): ApolloServerPlugin<Context> {
  const log = options.log ?? ((e: unknown) => console.error('[audit] write failed', e));
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operationName }) {
          noteerOperatie(contextValue.auth, operationName ?? null);
        },
        async willSendResponse({ contextValue, operationName, response }) {
          const lezingen = lezingenVan(contextValue.auth);
          if (!lezingen.length) return;
          try {
            const q = insertLezingen(actor(contextValue.auth), operationName ?? null, lezingen);
            await execute(contextValue.dataSource, q); // prepared, on the pool: it runs before every response with client data
          } catch (e) {
            log(e);
            if (response.body.kind === 'single') {
              response.body.singleResult = { errors: [{ message: 'The read could not be audited; no data is served.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
            }
          }
        },
      };
    },
  };
}
