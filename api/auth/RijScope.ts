/**
 * The caller's row filter for one request, as the plain-SQL read path uses it (api/loaders/entityRows.sql.ts): the
 * predicate of rijFilter.ts for a table, its values bound through the statement's own Params, so it sits in the WHERE
 * of the read that fetches the rows (no second statement). Rows read through such a statement are remembered, so
 * the per-object check (zichtbaarheid.ts) knows them visible without asking PostgreSQL again; anything else a
 * response carries (a mutation's result, a hand-built object) is still checked there.
 *
 * Made once per request (api/context.ts), shared by its services and loaders. beheer: no predicate, nothing kept.
 */
import type { Params } from '../loaders/entityRows.sql';
import type { Rol } from './Rol';
import { isInkoopTabel, rijFilter } from './rijFilter';

/**
 * The mark a row read through a scope carries: that scope's token for the row's table. One symbol for all requests
 * (so rows keep one hidden-class transition), a fresh token object per scope and table (so a mark only counts in the
 * request that made it). A property on the row, not an entry in a (Weak)Map beside it: a page marks hundreds of rows,
 * and the map's entries cost the GC ~0.4 ms a request (bench:graphql a as regio, CPU profile against beheer).
 * Symbols are not serialised (JSON) nor listed (Object.keys), so the mark never reaches a response.
 */
const GELEZEN = Symbol('jeugdregie.gelezen');

export class RijScope {
  /** Per table, the token its rows are marked with in this request. */
  private readonly tokens = new Map<string, object>();

  constructor(readonly rol: Rol | null) {}

  /** beheer sees every row: no predicate and no per-object check. */
  get onbeperkt(): boolean {
    return this.rol?.soort === 'beheer';
  }

  /**
   * SQL over `alias` for a row of `tabel` the caller may see, values bound through `params`; null = no restriction
   * (beheer, or a table outside the purchasing model: reference data is public).
   */
  predicaat(tabel: string, alias: string, params: Params): string | null {
    if (this.onbeperkt || !isInkoopTabel(tabel)) return null;
    return rijFilter(this.rol, tabel, alias, (v) => params.bind(v));
  }

  /** `conditions` plus the predicate (when there is one): the WHERE of every scoped read. */
  voorwaarden(tabel: string, alias: string, conditions: readonly string[], params: Params): string[] {
    const p = this.predicaat(tabel, alias, params);
    return p ? [...conditions, p] : [...conditions];
  }

  /**
   * Records rows of `tabel` that a statement carrying this scope's predicate on `tabel` returned (or objects built
   * from such rows only, e.g. a contract's deadline).
   */
  gelezen<R>(tabel: string, rijen: R[]): R[] {
    if (this.onbeperkt) return rijen;
    const token = this.token(tabel);
    // a frozen object cannot carry the mark: it is then checked in PostgreSQL like any object not read here
    for (const r of rijen) if (r !== null && typeof r === 'object' && Object.isExtensible(r)) (r as Record<symbol, unknown>)[GELEZEN] = token;
    return rijen;
  }

  /** Whether `o` came from a scoped read of `tabel` in this request. */
  isGelezen(tabel: string, o: object): boolean {
    const token = (o as Record<symbol, unknown>)[GELEZEN];
    return token !== undefined && token === this.tokens.get(tabel);
  }

  private token(tabel: string): object {
    let t = this.tokens.get(tabel);
    if (!t) this.tokens.set(tabel, (t = {}));
    return t;
  }
}
