import type { AuthCheckerFn } from 'type-graphql';
import type { Context } from '../context';
import { JeugdregieError } from '../errors';
import { ROL_HEADER, type RolSoort } from './Rol';

/**
 * The one place where declared access (`@Authorized('gemeente', 'regio')`) meets the caller's role. Throws typed
 * errors instead of returning false, so clients get UNAUTHENTICATED / FORBIDDEN as `extensions.code` (type-graphql's
 * own errors would be masked as INTERNAL_SERVER_ERROR). Per-record checks (which municipality) live in ./scope.ts.
 */
export const authChecker: AuthCheckerFn<Context, RolSoort> = ({ context }, roles) => {
  const { rol, fout } = context.auth;
  if (fout) throw new JeugdregieError('UNAUTHENTICATED', fout, { field: ROL_HEADER });
  if (!rol) throw new JeugdregieError('UNAUTHENTICATED', `this operation needs a role (${ROL_HEADER})`, { field: ROL_HEADER });
  if (roles.length && !roles.includes(rol.soort)) {
    throw new JeugdregieError('FORBIDDEN', `role ${rol.soort} may not do this (needs ${roles.join(' or ')})`, { field: ROL_HEADER });
  }
  return true;
};
