import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type GraphQLResolveInfo } from 'graphql';
import { actor, noteerOperatie } from '../audit/actor';
import { insertLezingen, type Lezing } from '../audit/auditLog.sql';
import type { Context } from '../context';

/**
 * Who read which client's data: every field resolved on a `Client` (bsn, toewijzingen, berichten ...) is noted per
 * client and root field, and one audit_log row each (api/audit, by pseudonym, never the BSN) is written before the
 * response leaves, with the caller's role, the token's subject and the operation name. If that write fails the
 * response carries no data: personal data is not served unaudited. Changes are audited inside their own transaction
 * (api/audit/inAuditedCareTransaction.ts); this plugin notes the operation name for them.
 */
export function useAudit(options: { log?: (error: unknown) => void } = {}): ApolloServerPlugin<Context> {
  const log = options.log ?? ((e: unknown) => console.error('[audit] write failed', e));
  return {
    async requestDidStart() {
      const gelezen = new Map<string, Omit<Lezing, 'velden'> & { velden: Set<string> }>();
      return {
        async didResolveOperation({ contextValue, operationName }) {
          noteerOperatie(contextValue.auth, operationName ?? null);
        },
        async executionDidStart() {
          return {
            willResolveField({ info, source }) {
              if (info.parentType.name !== 'Client') return;
              const c = source as { gemeenteCode?: string; id?: string };
              if (!c?.gemeenteCode || !c.id) return;
              const veld = rootVeld(info);
              const key = `${veld}:${c.gemeenteCode}:${c.id}`;
              let l = gelezen.get(key);
              if (!l) gelezen.set(key, (l = { veld, gemeenteCode: c.gemeenteCode, clientId: c.id, velden: new Set() }));
              l.velden.add(info.fieldName);
            },
          };
        },
        async willSendResponse({ contextValue, operationName, response }) {
          if (!gelezen.size) return;
          try {
            const q = insertLezingen(actor(contextValue.auth), operationName ?? null, [...gelezen.values()].map((l) => ({ ...l, velden: [...l.velden] })));
            await contextValue.dataSource.query(q.text, q.values);
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

/** The root field (`Query.client`) a resolved field hangs under, by name even when the client aliased it. */
function rootVeld(info: GraphQLResolveInfo): string {
  let p = info.path;
  while (p.prev) p = p.prev;
  const sel = info.operation.selectionSet.selections.find((s) => s.kind === Kind.FIELD && (s.alias?.value ?? s.name.value) === p.key);
  const naam = sel?.kind === Kind.FIELD ? sel.name.value : String(p.key);
  return `${info.operation.operation === 'mutation' ? 'Mutation' : 'Query'}.${naam}`;
}
