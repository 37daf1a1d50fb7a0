import type { DataSource } from 'typeorm';
import { createLoaders, type Loaders } from './loaders';
import { createServices, type Services } from './services';

/** What every resolver gets: services (shared, stateless) and loaders (fresh per request). */
export interface Context {
  dataSource: DataSource;
  services: Services;
  loaders: Loaders;
}

export function createContext(dataSource: DataSource, services: Services): Context {
  return { dataSource, services, loaders: createLoaders(dataSource) };
}
