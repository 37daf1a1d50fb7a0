import autocannon from 'autocannon';
import type { ServerQuery } from './queries';

export interface LoadOptions {
  connections: number;
  seconds: number;
}

/** Requests and their latencies, accumulated over one or more runs. */
export class Measurement {
  readonly latencies: number[] = [];
  seconds = 0;
  errors = 0;

  get rps(): number {
    return this.latencies.length / this.seconds;
  }

  /** Latency percentile in ms over every request of every run. */
  percentile(p: number): number {
    const sorted = Float64Array.from(this.latencies).sort();
    return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
  }
}

/**
 * POSTs the same GraphQL request over `connections` keep-alive connections for `seconds` (autocannon), adding every
 * response's latency to `into` (a non-2xx answer counts as an error, not as a request); `headers` e.g. the bearer
 * token (./token.ts).
 */
export function drive(url: string, q: ServerQuery, o: LoadOptions, into = new Measurement(), headers: Record<string, string> = {}): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const instance = autocannon({
      url,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: q.query, variables: q.variables }),
      connections: o.connections,
      duration: o.seconds,
    }, (err, result) => {
      if (err) return reject(err);
      into.seconds += result.duration;
      into.errors += result.errors + result.timeouts;
      resolve(into);
    });
    instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
      if (status >= 200 && status < 300) into.latencies.push(ms);
      else into.errors++;
    });
  });
}

/** One request, its `data` (throws on GraphQL errors). */
export async function ask(url: string, q: ServerQuery, headers: Record<string, string> = {}): Promise<any> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(q) });
  const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`${url}: ${JSON.stringify(body.errors).slice(0, 800)}`);
  return body.data;
}
