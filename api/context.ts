import type { DataSource } from 'typeorm';
import type { ZorgOpties } from '../integration/zorg/toewijzingen';
import { parseRol, type Rol } from './auth/Rol';
import { createLoaders, type Loaders } from './loaders';
import { createServices, type Services } from './services';

/** The caller's role (api/auth) and, for a region, its municipalities (read lazily, once per request). */
export interface AuthContext {
  rol: Rol | null;
  fout?: string;
  regioGemeenten?: Promise<string[]>;
}

/** What every resolver gets: services (shared, stateless), loaders (fresh per request) and the caller's role. */
export interface Context {
  dataSource: DataSource;
  services: Services;
  loaders: Loaders;
  auth: AuthContext;
  /** Options for the care services (clock, outbound codec); tests fix the date here. */
  zorg: ZorgOpties;
}

export function createContext(dataSource: DataSource, services: Services,
  request: { rolHeader?: string | string[]; zorg?: ZorgOpties } = {}): Context {
  return { dataSource, services, loaders: createLoaders(dataSource), auth: parseRol(request.rolHeader), zorg: request.zorg ?? {} };
}
