import type { AuthCheckerFn } from 'type-graphql';
import type { AuthContext, Context } from '../context';
import { JeugdregieError } from '../errors';
import { ROL_HEADER, type RolSoort } from './Rol';

/**
 * The one check of a role against a rule: UNAUTHENTICATED (no or unusable credential) or FORBIDDEN (role not in
 * `rollen`; an empty list admits nobody). Typed errors instead of `false`, so clients get the code as
 * `extensions.code` (type-graphql's own errors would be masked as INTERNAL_SERVER_ERROR). Used by the root-field
 * enforcement of api/auth/beleid.ts (handhaving.ts) and by type-graphql's `@Authorized(...)` below.
 */
export function eisRol(auth: AuthContext, rollen: readonly RolSoort[], veld: string): void {
  const { rol, fout } = auth;
  if (fout) throw new JeugdregieError('UNAUTHENTICATED', fout, { field: ROL_HEADER });
  if (!rol) throw new JeugdregieError('UNAUTHENTICATED', `${veld} needs a token with a role`, { field: ROL_HEADER });
  if (!rollen.includes(rol.soort)) {
    throw new JeugdregieError('FORBIDDEN', rollen.length ? `role ${rol.soort} may not use ${veld} (needs ${rollen.join(' or ')})`
      : `${veld} has no access rule (api/auth/beleid.ts), so nobody may use it`, { field: ROL_HEADER });
  }
}

/** type-graphql's hook for `@Authorized('gemeente', 'regio')`; per-record checks (which municipality) live in ./scope.ts. */
export const authChecker: AuthCheckerFn<Context, RolSoort> = ({ context, info }, roles) => {
  eisRol(context.auth, roles.length ? roles : ['gemeente', 'regio', 'aanbieder', 'beheer'], `${info.parentType.name}.${info.fieldName}`);
  return true;
};
