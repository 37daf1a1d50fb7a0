import type { ApolloServerPlugin } from '@apollo/server';
import { scopeVoorRol } from '../auth/Rol';
import type { Context } from '../context';

interface Lezing {
  gemeenteCode: string;
  clientId: string;
  velden: Set<string>;
}

/**
 * Who read which client's data: every field resolved on a `Client` (bsn, toewijzingen, berichten ...) is noted per
 * client, and one row per client goes to `audit_lezing` (migration BerichtLogIndexes) when the response is sent,
 * with the caller's role and the operation name. No BSN is stored. A failed audit write is logged, not fatal
 * (a stricter deployment would fail the request instead).
 */
export function useAudit(options: { log?: (error: unknown) => void } = {}): ApolloServerPlugin<Context> {
  const log = options.log ?? ((e: unknown) => console.error('[audit] write failed', e));
  return {
    async requestDidStart() {
      const gelezen = new Map<string, Lezing>();
      return {
        async executionDidStart() {
          return {
            willResolveField({ info, source }) {
              if (info.parentType.name !== 'Client') return;
              const c = source as { gemeenteCode?: string; id?: string };
              if (!c?.gemeenteCode || !c.id) return;
              const key = `${c.gemeenteCode}:${c.id}`;
              let l = gelezen.get(key);
              if (!l) gelezen.set(key, (l = { gemeenteCode: c.gemeenteCode, clientId: c.id, velden: new Set() }));
              l.velden.add(info.fieldName);
            },
          };
        },
        async willSendResponse({ contextValue, operationName }) {
          if (!gelezen.size) return;
          const rol = contextValue.auth.rol;
          const wie = rol ? scopeVoorRol(rol) : 'geen';
          const rijen = [...gelezen.values()];
          try {
            await contextValue.dataSource.query(
              `INSERT INTO audit_lezing (rol, operatie, gemeente_code, client_id, velden)
               SELECT $1, $2, g, c::bigint, string_to_array(v, ',') FROM unnest($3::text[], $4::text[], $5::text[]) AS x(g, c, v)`,
              [wie, operationName ?? null, rijen.map((r) => r.gemeenteCode), rijen.map((r) => r.clientId), rijen.map((r) => [...r.velden].sort().join(','))],
            );
          } catch (e) {
            log(e);
          }
        },
      };
    },
  };
}
