import http from 'node:http';
import type { ApolloServer, BaseContext, ContextFunction } from '@apollo/server';
import { HeaderMap } from '@apollo/server';

const MAX_BODY_BYTES = 1 << 20;

/**
 * A minimal node:http integration for Apollo Server (no express): serves `path` only, reads the
 * body (JSON when the content type says so; Apollo itself refuses anything else and enforces CSRF
 * prevention), and hands the request to executeHTTPGraphQLRequest. Everything else is 404.
 */
export function createHttpHandler<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  context: ContextFunction<[{ req: http.IncomingMessage }], TContext>,
  path = '/graphql',
): http.RequestListener {
  return (req, res) => {
    void handle(req, res).catch((err: unknown) => {
      console.error('[http] request failed', err);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader('content-type', 'text/plain');
      }
      res.end('Internal server error');
    });
  };

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== path && url.pathname !== `${path}/`) {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/plain');
      res.end(`Not found. GraphQL is served at ${path}\n`);
      return;
    }
    const raw = await readBody(req);
    if (raw === undefined) {
      res.statusCode = 413;
      res.end('Request body too large');
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
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
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

function readBody(req: http.IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(undefined);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
