import autocannon from 'autocannon';
import type { ServerQuery } from './queries';

export interface LoadOptions {
  connections: number;
  seconds: number;
}

export interface Measurement {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
}

/**
 * POSTs the same GraphQL request over `connections` keep-alive connections for `seconds` (autocannon); `headers`
 * e.g. the bearer token (./token.ts).
 */
export async function drive(url: string, q: ServerQuery, o: LoadOptions, headers: Record<string, string> = {}): Promise<Measurement> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: q.query, variables: q.variables }),
    connections: o.connections,
    duration: o.seconds,
  });
  return {
    rps: result.requests.total / o.seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
  };
}

/** One request, its `data` (throws on GraphQL errors). */
export async function ask(url: string, q: ServerQuery, headers: Record<string, string> = {}): Promise<any> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(q) });
  const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`${url}: ${JSON.stringify(body.errors).slice(0, 800)}`);
  return body.data;
}
