import { scopeVoorRol } from '../auth/Rol';
import type { AuthContext } from '../context';
import type { Actor } from './auditLog.sql';

/** The audit's "who" for a request: the role as its scope string ('geen' without one) and the token's subject. */
export function actor(auth: AuthContext): Actor {
  return { rol: auth.rol ? scopeVoorRol(auth.rol) : 'geen', subject: auth.subject ?? null };
}

/**
 * The GraphQL operation name of the request, noted by useAudit once the operation is resolved, so a change audited
 * inside a resolver's transaction carries it too. Keyed by the request's AuthContext (one per request).
 */
const operaties = new WeakMap<AuthContext, string | null>();

export function noteerOperatie(auth: AuthContext, naam: string | null): void {
  operaties.set(auth, naam);
}

export function operatieVan(auth: AuthContext): string | null {
  return operaties.get(auth) ?? null;
}
