/**
 * The root list of allocations (Query.toewijzingen): `toewijzing` within the caller's municipalities, keyset-paginated
 * on its primary key (gemeente_code, id). `gemeente_code = ANY($1::char(4)[])` on the leading column of toewijzing_pkey
 * lets PostgreSQL walk the index in (gemeente_code, id) order and stop after LIMIT (test/graphql.toewijzingen.test.ts
 * checks the plan: no sort, no seq scan). Only the columns the query selects are read (KOLOM per GraphQL field).
 *
 * The selected to-one relations come in the same statement (PostGraphile's shape: one statement for the whole page):
 * the client by its key (client_pkey), product, provider (by its unique AGB) and contract by LEFT JOIN with the
 * caller's row filter in the ON clause, so a relation outside the tenant comes back null, as the loaders would give.
 * The municipalities are bound as a list, never a subquery: with its contents unknown, PostgreSQL's estimate of the
 * page grows and it may sort the joined relations instead of walking the index and stopping at LIMIT.
 */
import type { RijScope } from '../auth/RijScope';
import { leftJoin, Params, type EntityTable } from '../loaders/entityRows.sql';
import type { Sql } from '../loaders/rows';

export interface ToewijzingLijstFilter {
  gemeenten: readonly string[];
  /** Only this provider's allocations: a filter on the rows the index walk yields (per municipality, by id). */
  aanbiederAgb?: string | null;
}

/** A to-one purchasing relation read in the page statement: its table and the fields selected on it. */
export interface ToewijzingRelatie {
  table: EntityTable;
  fields: ReadonlySet<string>;
}

/** The relations the page statement joins; each is nested into the row under its name (`client.pseudoniem` ...). */
export interface ToewijzingJoins {
  /** The client's key and pseudonym; BSN and birth date too with `persoonsgegevens`. */
  client?: { persoonsgegevens: boolean };
  product?: ToewijzingRelatie;
  provider?: ToewijzingRelatie;
  contract?: ToewijzingRelatie;
}

/** GraphQL field of Toewijzing → its columns (dates formatted by PostgreSQL, as TOEWIJZING_KOLOMMEN does). */
const KOLOM: Readonly<Record<string, string>> = {
  toewijzingNummer: 't.toewijzing_nummer',
  aanbiederAgb: 't.aanbieder_agb',
  clientId: 't.client_id::text',
  productCategorie: 't.product_categorie',
  productCode: 't.product_code',
  contractId: 't.contract_id',
  tariffId: 't.tariff_id',
  ingangsdatum: `to_char(t.ingangsdatum, 'YYYY-MM-DD') AS ingangsdatum`,
  einddatum: `to_char(t.einddatum, 'YYYY-MM-DD') AS einddatum`,
  omvang: 't.volume, t.eenheid, t.frequentie',
  budgetCents: 't.budget_cents::float8 AS budget_cents',
  redenWijziging: 't.reden_wijziging',
  status: 't.status',
  toewijzingsdatum: `to_char(t.toewijzingsdatum, 'YYYY-MM-DD') AS toewijzingsdatum`,
  referentieAanbieder: 't.referentie_aanbieder',
  verzoekId: 't.verzoek_id::text',
  commentaar: 't.commentaar',
  jw302Status: 't.jw302_status',
  jw302Retourcodes: 't.jw302_retourcodes',
  laatsteBerichtId: 't.laatste_bericht_id::text',
  // relations: the keys the nested resolvers need when the relation is not joined
  client: 't.client_id::text',
  product: 't.product_id',
  contract: 't.contract_id',
  // the provider's id through its unique AGB (provider_agb_code_key), so Toewijzing.provider is one by-id batch
  provider: '(SELECT p.id FROM provider p WHERE p.agb_code = t.aanbieder_agb) AS provider_id',
};

/** How each purchasing relation joins the allocation. */
const ON: Readonly<Record<'product' | 'provider' | 'contract', (alias: string) => string>> = {
  product: (j) => `${j}.id = t.product_id`,
  provider: (j) => `${j}.agb_code = t.aanbieder_agb`,
  contract: (j) => `${j}.id = t.contract_id`,
};

/**
 * The select list for the selected fields: always the key and the cursor, then each selected field's columns once
 * (a joined relation's key column is not needed: the relation itself comes in the row).
 */
export function toewijzingKolommen(fields: ReadonlySet<string>, joins: ToewijzingJoins = {}): string {
  const cols = new Set(['t.gemeente_code', 't.id::text']);
  for (const f of fields) {
    const c = KOLOM[f];
    if (c && !(f in joins)) cols.add(c);
  }
  return [...cols].join(', ');
}

function where(f: ToewijzingLijstFilter, params: Params): string[] {
  // char(4)[]: a text[] cast would bypass toewijzing_pkey
  const w = [`t.gemeente_code = ANY(${params.bind(f.gemeenten)}::char(4)[])`];
  if (f.aanbiederAgb) w.push(`t.aanbieder_agb = ${params.bind(f.aanbiederAgb)}`);
  return w;
}

/** The joined relations' columns and joins; the row filter of `scope` in each purchasing join's ON clause. */
function joinSql(joins: ToewijzingJoins, params: Params, scope?: RijScope): { select: string[]; from: string[] } {
  const select: string[] = [];
  const from: string[] = [];
  if (joins.client) {
    // alias `cl`: the row filters' own subqueries use `c` for contract
    select.push(`cl.gemeente_code AS "client.gemeente_code", cl.id::text AS "client.id", cl.pseudoniem AS "client.pseudoniem"`);
    if (joins.client.persoonsgegevens) select.push(`cl.bsn AS "client.bsn", to_char(cl.geboortedatum, 'YYYY-MM-DD') AS "client.geboortedatum"`);
    from.push('JOIN client cl ON cl.gemeente_code = t.gemeente_code AND cl.id = t.client_id');
  }
  for (const name of ['product', 'provider', 'contract'] as const) {
    const r = joins[name];
    if (!r) continue;
    const alias = `j_${name}`;
    select.push(r.table.joinedColumns(name, r.fields));
    from.push(leftJoin(r.table, alias, ON[name](alias), params, scope));
  }
  return { select, from };
}

/**
 * One page after (forward) or before (backward, ascending from the far end; the caller reverses) the cursor; limit + 1
 * rows, with the `joins` nested in by the caller.
 */
export function findToewijzingenPage(f: ToewijzingLijstFilter, select: string, cursor: [string, string] | null, forward: boolean, limit: number,
  joins: ToewijzingJoins = {}, scope?: RijScope): Sql {
  const params = new Params();
  const w = where(f, params);
  if (cursor) w.push(`(t.gemeente_code, t.id) ${forward ? '>' : '<'} (${params.bind(cursor[0])}::char(4), ${params.bind(cursor[1])}::bigint)`);
  const j = joinSql(joins, params, scope);
  const dir = forward ? 'ASC' : 'DESC';
  const order = `ORDER BY t.gemeente_code ${dir}, t.id ${dir}`;
  if (!j.from.length) return { text: `SELECT ${select} FROM toewijzing t WHERE ${w.join(' AND ')} ${order} LIMIT ${limit + 1}`, values: params.values };
  const page = `SELECT * FROM toewijzing t WHERE ${w.join(' AND ')} ${order} LIMIT ${limit + 1}`;
  // The page first, then its relations: the joins see at most limit + 1 rows whatever the estimate, so the plan is
  // the index walk plus one probe per row and relation, and stays that as a generic (cached) plan.
  return { text: `SELECT ${[select, ...j.select].join(', ')} FROM (${page}) t ${j.from.join(' ')} ${order}`, values: params.values };
}

export function countToewijzingen(f: ToewijzingLijstFilter): Sql {
  const params = new Params();
  return { text: `SELECT count(*)::int AS n FROM toewijzing t WHERE ${where(f, params).join(' AND ')}`, values: params.values };
}
