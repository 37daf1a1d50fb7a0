/**
 * Shared harness for the GraphQL tests: a server on port 0 over this file's test database,
 * `gql(query, variables)` over real HTTP (POST JSON) as `beheer` (the purchasing model's administrator: these tests
 * exercise the model, not access — that is test/auth.matrix.test.ts), and a counter of the SQL statements issued.
 */
import type { DataSource } from 'typeorm';
import { createServer, type RunningServer } from '../api/server';
import { useTestDatabase } from './support/db';
import { rolHeaders } from './support/rol';

export interface GqlResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
}

export function useGraphQLServer() {
  const db = useTestDatabase();
  let server: RunningServer | undefined;
  const logged: unknown[] = [];
  let statements = 0;

  beforeAll(async () => {
    countStatements(db.dataSource, () => statements++);
    server = await createServer({ dataSource: db.dataSource, port: 0, host: '127.0.0.1', logError: (e) => logged.push(e) });
  });
  afterAll(async () => {
    await server?.stop();
  });

  async function gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>> {
    if (!server) throw new Error('server not started');
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...rolHeaders('beheer') },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as GqlResponse<T>;
    return { ...body, status: res.status };
  }

  /** gql that fails the test on any GraphQL error. */
  async function ok<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const res = await gql<T>(query, variables);
    if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors, null, 2)}`);
    return res.data as T;
  }

  /** Statements TypeORM sent to PostgreSQL while `work` ran. */
  async function countDuring(work: () => Promise<unknown>): Promise<number> {
    const before = statements;
    await work();
    return statements - before;
  }

  return {
    db,
    gql,
    ok,
    countDuring,
    logged,
    get url() {
      return server!.url;
    },
    get dataSource(): DataSource {
      return db.dataSource;
    },
  };
}

/** Wraps the DataSource's logger: TypeORM calls logQuery for every statement it sends, whatever the logging option. */
export function countStatements(ds: DataSource, onQuery: () => void) {
  const logger = ds.logger;
  const original = logger.logQuery.bind(logger);
  logger.logQuery = (query, parameters, queryRunner) => {
    onQuery();
    return original(query, parameters, queryRunner);
  };
}

import { Contract, Municipality, Product, Provider, Region, Segment, Tariff } from '../schema';
import { ContractStatus, FundingModel, ProcurementMethod, AllocationVariant } from '../schema/enums';

export const ZHZ_CBS = ['0482', '0505', '0512', '0523', '0531', '1963', '1978', '0590', '0610', '0642'];

export interface Seed {
  region: Region;
  municipalities: Municipality[];
  segment: Segment;
  providers: Provider[];
  contracts: Contract[];
  products: Product[];
}

/**
 * Writes a small region straight through TypeORM (not via the API under test): `providers`
 * providers with one contract each in one segment, `products` products, and per contract and
 * product one open-ended tariff from 2025-01-01, plus harmonised region tariffs per product.
 * `code` keeps several seeds in one database apart (region code, AGB prefix).
 */
export async function seedRegion(ds: DataSource, opts: { code: string; agbPrefix: string; providers: number; products: number; cbs?: string[] }): Promise<Seed> {
  return ds.transaction(async (em) => {
    const region = await em.save(em.create(Region, { code: opts.code, name: `Regio ${opts.code}` }));
    const municipalities = await em.save(
      (opts.cbs ?? []).map((cbsCode, i) => em.create(Municipality, { cbsCode, name: `Gemeente ${cbsCode}`, youthPopulation: 1000 * (i + 1), regionId: region.id })),
    );
    const segment = await em.save(
      em.create(Segment, {
        regionId: region.id, number: 1, name: 'Jeugdhulp ambulant',
        procurementMethod: ProcurementMethod.open_house, fundingModel: FundingModel.inspanningsgericht, accessRoutes: ['jeugdteam', 'huisarts'],
      }),
    );
    const providers = await em.save(
      Array.from({ length: opts.providers }, (_, i) =>
        em.create(Provider, { agbCode: `${opts.agbPrefix}${String(i).padStart(8 - opts.agbPrefix.length, '0')}`, name: `Aanbieder ${i}` })),
    );
    const contracts = await em.save(
      providers.map((p, i) =>
        em.create(Contract, {
          providerId: p.id, regionId: region.id, segmentId: segment.id, reference: `${opts.code}-${String(i).padStart(4, '0')}`,
          startDate: '2025-01-01', endDate: '2026-12-31', status: ContractStatus.active,
        })),
    );
    const products = await em.save(
      Array.from({ length: opts.products }, (_, i) =>
        em.create(Product, {
          regionId: region.id, segmentId: segment.id, category: '45', code: `45A${String(i).padStart(2, '0')}`, name: `Product ${i}`,
          unit: '04', frequency: '2', allocationVariant: AllocationVariant.inspanningsgericht,
        })),
    );
    const tariffs: Partial<Tariff>[] = [];
    for (const product of products) {
      tariffs.push({ regionId: region.id, productId: product.id, priceCents: 10000, validFrom: '2025-01-01' });
      for (const contract of contracts) tariffs.push({ contractId: contract.id, productId: product.id, priceCents: 12345, validFrom: '2025-01-01' });
    }
    await em.save(tariffs.map((t) => em.create(Tariff, t)));
    return { region, municipalities, segment, providers, contracts, products };
  });
}
