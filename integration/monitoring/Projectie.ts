/**
 * The contract of a monitoring projection (issue 6). A projection is a set of plain-SQL tables that answer one
 * monitoring question without touching the base tables at query time. It is kept up to date in the transaction
 * that changes its sources (the message pipeline, our own outbound messages, the deadline job), and it can be
 * rebuilt from the base tables: `herbouw` is the bulk path and the reference the incremental path is tested against.
 */
import type { Queryable } from '../rules/Regel.js';

/**
 * What one unit of work (a processed message, a decision over the API, a run of the deadline job) changed in the
 * base tables, as keys a projection can refresh from. Ids are bigint strings, scoped by gemeente_code as in the
 * care tables ((gemeente_code, id) is their primary key).
 */
export interface Geraakt {
  /** CBS codes of the municipalities whose data changed. */
  gemeenten: string[];
  /** (gemeente_code, client_id) of the clients whose requests, allocations, starts/stops or declarations changed. */
  clienten: { gemeenteCode: string; clientId: string }[];
  /** (gemeente_code, toewijzing id) of changed allocations (issued, changed, shortened, withdrawn, started, stopped). */
  toewijzingen: { gemeenteCode: string; toewijzingId: string }[];
  /** (gemeente_code, verzoek id) of changed requests (JW315/JW317 received, answered). */
  verzoeken: { gemeenteCode: string; verzoekId: string }[];
  /** (gemeente_code, declaratie id) of processed declarations (JW323). */
  declaraties: { gemeenteCode: string; declaratieId: string }[];
  /** signalering ids that were created or resolved (OP090, OP090x4, OP271, OP272). */
  signaleringen: string[];
  /**
   * bericht ids of the messages the unit stored or processed (the inbound heenbericht, our outbound JW301/JW319), each a
   * deadline of its own (OP090, OP090x4); optional, so a caller that stores no message need not name it.
   */
  berichten?: string[];
}

export interface Projectie {
  /** Stable name, also the GraphQL/CSV name stem (e.g. 'verwijzingen'). */
  readonly naam: string;
  /** Bring the projection's rows for what `geraakt` names up to date, inside the caller's transaction. */
  werkBij(db: Queryable, geraakt: Geraakt): Promise<void>;
  /** Recompute the whole projection from the base tables (bulk path; truncates and refills its tables). */
  herbouw(db: Queryable): Promise<void>;
}

export function leegGeraakt(): Geraakt {
  return { gemeenten: [], clienten: [], toewijzingen: [], verzoeken: [], declaraties: [], signaleringen: [], berichten: [] };
}
