import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { DataSource } from 'typeorm';
import type { ZorgOpties } from '../integration/zorg/toewijzingen';
import { maakTokenVerifier, tokenConfigUitEnv, type TokenVerifier } from './auth/token';
import { createContext, type Context } from './context';
import { createHttpHandler } from './http';
import { laadAllowlist } from './plugins/allowlist';
import { grenzenUitEnv, type GraphQLGrenzen } from './plugins/grenzen';
import { useAudit } from './plugins/useAudit';
import { useOperatieGrenzen } from './plugins/useOperatieGrenzen';
import { useMaskedErrors } from './plugins/useMaskedErrors';
import { jitGateway, type JitOptions } from './execution/jitGateway';
import { buildGraphQLSchema } from './schema';
import { createServices } from './services';

export const GRAPHQL_PATH = '/graphql';

export interface ServerOptions {
  dataSource: DataSource;
  /** 0 picks a free port (tests). Default: PORT or 4000. */
  port?: number;
  host?: string;
  /** Maximum selection depth (default: grenzen.maxDiepte, 10). */
  maxDepth?: number;
  /** Limits and switches of the endpoint (api/plugins/grenzen.ts); default from the environment. */
  grenzen?: Partial<GraphQLGrenzen>;
  /** Where masked errors are logged (default console.error). */
  logError?: (error: unknown) => void;
  /** Options for the care services behind the mutations (clock, outbound codec); tests fix the date. */
  zorg?: ZorgOpties;
  /**
   * Other routes on the same HTTP server (e.g. POST /ijw, integration/transport/http.ts), tried in order
   * before GraphQL; each returns true when it answered the request.
   */
  routes?: readonly ((req: http.IncomingMessage, res: http.ServerResponse) => Promise<boolean>)[];
  /** Verifies bearer tokens (api/auth/token.ts). Default: configured from the environment (JEUGDREGIE_JWKS_URL …). */
  tokens?: TokenVerifier;
  /**
   * How operations execute: 'jit' (default; graphql-jit, api/execution/jitGateway.ts) or 'graphql-js' (the reference
   * interpreter; JEUGDREGIE_GRAPHQL_EXECUTOR=graphql-js), e.g. to compare the two.
   */
  executor?: 'jit' | 'graphql-js';
  /** With the jit executor: when to compile an operation, and who hears of it (api/execution/jitGateway.ts). */
  jit?: JitOptions;
}

/** A compilation this slow held the event loop noticeably: worth knowing which operation it was. */
function logSlowCompile(operationName: string | null, ms: number): void {
  if (ms >= 50) console.warn(`[graphql] compiling operation ${operationName ?? '(anonymous)'} took ${ms.toFixed(0)} ms`);
}

export interface RunningServer {
  url: string;
  port: number;
  apollo: ApolloServer<Context>;
  stop(): Promise<void>;
}

/**
 * Apollo Server 5 over node:http at /graphql, with the landing page on GET and CSRF prevention on.
 * Does not own the DataSource: the caller closes it after stop().
 */
export async function createServer(options: ServerOptions): Promise<RunningServer> {
  const { dataSource } = options;
  const schema = await buildGraphQLSchema();
  const services = createServices(dataSource);
  const httpServer = http.createServer();
  const grenzen: GraphQLGrenzen = { ...grenzenUitEnv(), ...(options.maxDepth ? { maxDiepte: options.maxDepth } : {}), ...options.grenzen };
  const allowlist = grenzen.allowlistPad ? laadAllowlist(grenzen.allowlistPad) : null;

  // The plugins, in order (envelop style: one file per plugin, `useX(options)`; false/null entries are skipped).
  const plugins: (ApolloServerPlugin<Context> | false | null | undefined)[] = [
    // Stop accepting connections and wait for in-flight requests on stop().
    ApolloServerPluginDrainHttpServer({ httpServer }),
    // GET /graphql in a browser shows the Apollo Sandbox landing page (embedded, no redirect).
    ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
    // No cache hints in this schema; Apollo's default cache-control plugin would wrap every field resolver to compute
    // none (measured by bench:graphql).
    ApolloServerPluginCacheControlDisabled(),
    // The one exit for errors: typed JeugdregieErrors pass; anything unknown becomes INTERNAL_SERVER_ERROR.
    useMaskedErrors({ log: options.logError }),
    // Depth, cost and page size of the operation, refused before it executes.
    useOperatieGrenzen(grenzen),
    // Who read which client's data: one audit_log row per client and root field (by pseudonym, never the BSN).
    useAudit({ log: options.logError }),
  ];

  const executor = options.executor ?? (process.env.JEUGDREGIE_GRAPHQL_EXECUTOR === 'graphql-js' ? 'graphql-js' : 'jit');
  const apollo = new ApolloServer<Context>({
    ...(executor === 'jit' ? { gateway: jitGateway(schema, options.jit ?? { onCompile: logSlowCompile }) } : { schema }),
    plugins: plugins.filter((p): p is ApolloServerPlugin<Context> => !!p),
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    introspection: grenzen.introspectie,
    parseOptions: { maxTokens: grenzen.maxTokens },
    // One operation per request: a batch array would multiply every limit above (refused with 400; Apollo's default, stated).
    allowBatchedHttpRequests: false,
    // api/main.ts owns SIGINT/SIGTERM and stops the server, the scheduler, then the database, in that order. Apollo's
    // own termination handler stopped the server first, so main.ts's `apollo.stop()` waited forever and npm start hung.
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  const tokens = options.tokens ?? maakTokenVerifier(tokenConfigUitEnv());
  const graphql = createHttpHandler(apollo,
    // The role comes only from a verified bearer token; an unusable token refuses the request (401, TokenFout).
    async ({ req }) => createContext(dataSource, services, { auth: await tokens.uitAuthorization(req.headers.authorization), zorg: options.zorg }), GRAPHQL_PATH,
    { maxBodyBytes: grenzen.maxBodyBytes, allowlist });
  const routes = options.routes ?? [];
  httpServer.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (routes.length === 0) return graphql(req, res);
    void (async () => {
      for (const route of routes) if (await route(req, res)) return;
      graphql(req, res);
    })().catch((err: unknown) => {
      console.error('[http] request failed', err);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });

  const port = options.port ?? Number(process.env.PORT ?? 4000);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, options.host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const address = httpServer.address() as AddressInfo;
  const host = options.host && options.host !== '0.0.0.0' && options.host !== '::' ? options.host : 'localhost';
  return {
    url: `http://${host}:${address.port}${GRAPHQL_PATH}`,
    port: address.port,
    apollo,
    // Apollo's drain waits for open connections; then every request still in hand must finish before the caller
    // closes the database (a request whose client left keeps running).
    stop: async () => {
      await apollo.stop();
      await graphql.idle();
    },
  };
}
