import type { DataSource } from 'typeorm';
import type { ZorgOpties } from '../integration/zorg/toewijzingen';
import type { Rol, RolUitHeader } from './auth/Rol';
import { RijScope } from './auth/RijScope';
import { createLoaders, type Loaders } from './loaders';
import { createServices, type Services } from './services';

/**
 * The caller's role from a verified bearer token (api/auth/token.ts; null: anonymous) and, for a region, its
 * municipalities (read lazily, once per request). `fout`: a credential that was presented but is unusable — the
 * HTTP server refuses those outright (401), so it is only set by callers that build a context themselves.
 */
export interface AuthContext {
  rol: Rol | null;
  fout?: string;
  /** The token's `sub` (who at the organisation), when it has one. */
  subject?: string;
  regioGemeenten?: Promise<string[]>;
}

/**
 * What every resolver gets: services (shared, stateless; root resolvers get them scoped, api/auth/handhaving.ts),
 * loaders (fresh per request, reading through the caller's row filter) and the caller's role.
 */
export interface Context {
  dataSource: DataSource;
  services: Services;
  loaders: Loaders;
  auth: AuthContext;
  /** The caller's row filter on the purchasing tables (api/auth/RijScope.ts), one per request. */
  rijScope: RijScope;
  /** Options for the care services (clock, outbound codec); tests fix the date here. */
  zorg: ZorgOpties;
}

/** `auth`: what api/auth/token.ts made of the request's Authorization header (default: anonymous). */
export function createContext(dataSource: DataSource, services: Services,
  request: { auth?: RolUitHeader & { subject?: string }; zorg?: ZorgOpties } = {}): Context {
  const auth: AuthContext = { rol: null, ...request.auth };
  const rijScope = new RijScope(auth.rol);
  return { dataSource, services, loaders: createLoaders(dataSource, rijScope), auth, rijScope, zorg: request.zorg ?? {} };
}
