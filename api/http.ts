import http from 'node:http';
import type { ApolloServer, BaseContext, ContextFunction } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { toegestaneQuery, type Allowlist } from './plugins/allowlist';

export interface HttpGrenzen {
  /** Larger bodies are refused with 413 before they are read (Content-Length) or as soon as they pass it. */
  maxBodyBytes: number;
  /** Only these operations run (api/plugins/allowlist.ts); null: any. */
  allowlist: Allowlist | null;
}

/** The request listener, and when it has nothing in hand. */
export interface HttpHandler extends http.RequestListener {
  /**
   * Resolves when no request is being handled. Stopping the HTTP server waits for open connections only; a request
   * whose client already left (a load generator stopping mid-request, a client timeout) still runs its statements,
   * so the database must stay open until this resolves.
   */
  idle(): Promise<void>;
}

/**
 * A minimal node:http integration for Apollo Server (no express): serves `path` only, reads the
 * body (JSON when the content type says so; Apollo itself refuses anything else, batches included, and enforces
 * CSRF prevention), applies the allow-list, and hands the request to executeHTTPGraphQLRequest. Everything else is 404.
 */
export function createHttpHandler<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  context: ContextFunction<[{ req: http.IncomingMessage }], TContext>,
  path = '/graphql',
  grenzen: HttpGrenzen = { maxBodyBytes: 1 << 20, allowlist: null },
): HttpHandler {
  let inHand = 0;
  const waiting: (() => void)[] = [];
  const listener = (req: http.IncomingMessage, res: http.ServerResponse) => {
    inHand++;
    void handle(req, res).catch((err: unknown) => {
      console.error('[http] request failed', err);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader('content-type', 'text/plain');
      }
      res.end('Internal server error');
    }).finally(() => {
      if (--inHand === 0) for (const w of waiting.splice(0)) w();
    });
  };
  return Object.assign(listener, {
    idle: () => (inHand === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiting.push(resolve))),
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== path && url.pathname !== `${path}/`) {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/plain');
      res.end(`Not found. GraphQL is served at ${path}\n`);
      return;
    }
    const raw = Number(req.headers['content-length'] ?? 0) > grenzen.maxBodyBytes ? undefined : await readBody(req, grenzen.maxBodyBytes);
    if (raw === undefined) {
      // Close the connection: the rest of the body is not read.
      res.writeHead(413, { 'content-type': 'text/plain', connection: 'close' });
      res.end(`Request body too large (limit ${grenzen.maxBodyBytes} bytes)\n`);
      return;
    }
    let body: unknown = raw.length ? raw.toString('utf8') : undefined;
    if (typeof body === 'string' && /^application\/(.+\+)?json/i.test(req.headers['content-type'] ?? '')) {
      try {
        body = JSON.parse(body);
      } catch {
        res.statusCode = 400;
        res.setHeader('content-type', 'text/plain');
        res.end('Malformed JSON body');
        return;
      }
    }
    let search = url.search;
    if (grenzen.allowlist) {
      const toegestaan = pasAllowlistToe(grenzen.allowlist, req.method, body, url.searchParams);
      if (!toegestaan) {
        res.writeHead(403, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: 'Only allow-listed operations run on this server (JEUGDREGIE_GRAPHQL_ALLOWLIST).',
          extensions: { code: 'OPERATION_NOT_ALLOWED' } }] }));
        return;
      }
      ({ body, search } = toegestaan);
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search, body },
      context: () => context({ req }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }
}

/**
 * The request with the allow-listed query text in place of a hash (POST body or GET `query`/`extensions`), or null
 * when it asks for anything not on the list. A GET without an operation (the landing page) passes.
 */
function pasAllowlistToe(lijst: Allowlist, method: string | undefined, body: unknown, params: URLSearchParams): { body: unknown; search: string } | null {
  if ((method ?? 'GET').toUpperCase() === 'GET') {
    if (!params.has('query') && !params.has('extensions')) return { body, search: params.size ? `?${params}` : '' };
    let extensions: unknown;
    try {
      extensions = JSON.parse(params.get('extensions') ?? 'null');
    } catch {
      return null;
    }
    const query = toegestaneQuery(lijst, { query: params.get('query') ?? undefined, extensions });
    if (query === null) return null;
    const p = new URLSearchParams(params);
    p.set('query', query);
    p.delete('extensions');
    return { body, search: `?${p}` };
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const query = toegestaneQuery(lijst, body as { query?: unknown; extensions?: unknown });
  if (query === null) return null;
  const { extensions: _persisted, ...rest } = body as Record<string, unknown>;
  return { body: { ...rest, query }, search: '' };
}

function readBody(req: http.IncomingMessage, max: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        // Stop buffering; the handler answers 413 and closes the connection.
        req.removeAllListeners('data');
        req.pause();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
