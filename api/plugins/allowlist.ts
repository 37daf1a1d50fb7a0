/**
 * Allow-listed operations (an option for BI tools and other fixed clients): with JEUGDREGIE_GRAPHQL_ALLOWLIST set to a
 * JSON file of `{ "<sha256 hex of the query text>": "<query text>" }`, only those operations run. A client sends
 * either the exact text or only the hash, in Apollo's persisted-query shape
 * (`extensions.persistedQuery.sha256Hash`); anything else is refused before it is parsed (OPERATION_NOT_ALLOWED).
 * Applied by api/http.ts to POST bodies and GET parameters alike.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export type Allowlist = ReadonlyMap<string, string>;

const sha256 = (tekst: string) => createHash('sha256').update(tekst).digest('hex');

/** Reads the list; a hash that is not the sha256 of its text stops the start (a stale list would refuse silently). */
export function laadAllowlist(pad: string): Allowlist {
  const inhoud = JSON.parse(readFileSync(pad, 'utf8')) as unknown;
  if (!inhoud || typeof inhoud !== 'object' || Array.isArray(inhoud)) throw new Error(`${pad}: expected a JSON object { sha256: query }`);
  const lijst = new Map<string, string>();
  for (const [hash, query] of Object.entries(inhoud)) {
    if (typeof query !== 'string' || sha256(query) !== hash.toLowerCase()) throw new Error(`${pad}: ${hash} is not the sha256 of its query`);
    lijst.set(hash.toLowerCase(), query);
  }
  return lijst;
}

/** What a request asks to run: its query text and/or the hash of a persisted one. */
export interface GevraagdeOperatie {
  query?: unknown;
  extensions?: unknown;
}

/**
 * The query text to run for `gevraagd`, or null when it is not on the list. The persisted-query extension is answered
 * here, so Apollo's own cache (which would let any client register any query) never sees it.
 */
export function toegestaneQuery(lijst: Allowlist, gevraagd: GevraagdeOperatie): string | null {
  if (typeof gevraagd.query === 'string' && gevraagd.query !== '') return lijst.has(sha256(gevraagd.query)) ? gevraagd.query : null;
  const hash = (gevraagd.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
  return typeof hash === 'string' ? lijst.get(hash.toLowerCase()) ?? null : null;
}
