/**
 * The GraphQL endpoint's limits and switches, from the environment, in one place (api/server.ts passes them to the
 * plugins and the HTTP handler; tests pass their own). Each refuses a request before it executes.
 */
export interface GraphQLGrenzen {
  /** Deepest selection (fields, fragments expanded). JEUGDREGIE_GRAPHQL_MAX_DEPTH, default 10. */
  maxDiepte: number;
  /** Highest cost of one operation (api/plugins/operatieMaat.ts). JEUGDREGIE_GRAPHQL_MAX_COST, default 50000 (a full page of 500 rows with ~100 fields). */
  maxKosten: number;
  /** Largest `first`/`last` anywhere in an operation. JEUGDREGIE_GRAPHQL_MAX_PAGE_SIZE, default 500 (api/pagination's own cap). */
  maxPaginagrootte: number;
  /**
   * Most tokens in one operation's text: the parser stops there (GRAPHQL_PARSE_FAILED), so validation — whose
   * overlapping-fields check grows faster than linearly with many aliases of one field — never sees a huge document.
   * JEUGDREGIE_GRAPHQL_MAX_TOKENS, default 10000 (a large BI query is a few hundred; 10000 tokens validate in ~0.2 s).
   */
  maxTokens: number;
  /** Largest request body on /graphql, bytes. JEUGDREGIE_GRAPHQL_MAX_BODY_KB, default 1024 (1 MiB). */
  maxBodyBytes: number;
  /** Schema introspection. JEUGDREGIE_GRAPHQL_INTROSPECTION (1/0), default on, off when NODE_ENV=production. */
  introspectie: boolean;
  /** Only these operations run (api/plugins/allowlist.ts). JEUGDREGIE_GRAPHQL_ALLOWLIST: path of a JSON {sha256: query}. */
  allowlistPad: string | null;
}

function getal(naam: string, standaard: number, max = Number.MAX_SAFE_INTEGER): number {
  const w = process.env[naam];
  if (w === undefined || w === '') return standaard;
  const n = Number(w);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`${naam} must be a whole number 1..${max}, got '${w}'`);
  return n;
}

function schakelaar(naam: string, standaard: boolean): boolean {
  const w = process.env[naam];
  if (w === undefined || w === '') return standaard;
  if (/^(1|true|on|yes)$/i.test(w)) return true;
  if (/^(0|false|off|no)$/i.test(w)) return false;
  throw new Error(`${naam} must be 1 or 0, got '${w}'`);
}

export function grenzenUitEnv(): GraphQLGrenzen {
  return {
    maxDiepte: getal('JEUGDREGIE_GRAPHQL_MAX_DEPTH', 10),
    maxKosten: getal('JEUGDREGIE_GRAPHQL_MAX_COST', 50_000),
    // pagination refuses more than 500 itself (api/pagination/paginate.ts), so a larger setting would not help
    maxPaginagrootte: getal('JEUGDREGIE_GRAPHQL_MAX_PAGE_SIZE', 500, 500),
    maxTokens: getal('JEUGDREGIE_GRAPHQL_MAX_TOKENS', 10_000),
    maxBodyBytes: getal('JEUGDREGIE_GRAPHQL_MAX_BODY_KB', 1024) * 1024,
    introspectie: schakelaar('JEUGDREGIE_GRAPHQL_INTROSPECTION', process.env.NODE_ENV !== 'production'),
    allowlistPad: process.env.JEUGDREGIE_GRAPHQL_ALLOWLIST || null,
  };
}
