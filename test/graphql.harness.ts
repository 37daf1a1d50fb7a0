/**
 * Shared harness for the GraphQL tests: a server on port 0 over this file's test database,
 * `gql(query, variables)` over real HTTP (POST JSON), and a counter of the SQL statements issued.
 */
import type { DataSource } from 'typeorm';
import { createServer, type RunningServer } from '../api/server';
import { useTestDatabase } from './support/db';

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
      headers: { 'content-type': 'application/json' },
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
function countStatements(ds: DataSource, onQuery: () => void) {
  const logger = ds.logger;
  const original = logger.logQuery.bind(logger);
  logger.logQuery = (query, parameters, queryRunner) => {
    onQuery();
    return original(query, parameters, queryRunner);
  };
}
