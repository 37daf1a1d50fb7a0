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

export class RijScope {
  /**
   * Row -> the table whose predicate it passed. A Map, not a WeakMap: the scope lives as long as its request and the
   * rows it names are alive for that long anyway; a WeakMap's entries (hundreds per page) cost the GC more.
   */
  private readonly gelezenRijen = new Map<object, string>();

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
    if (!this.onbeperkt) for (const r of rijen) if (r !== null && typeof r === 'object') this.gelezenRijen.set(r, tabel);
    return rijen;
  }

  /** Whether `o` came from a scoped read of `tabel` in this request. */
  isGelezen(tabel: string, o: object): boolean {
    return this.gelezenRijen.get(o) === tabel;
  }
}
