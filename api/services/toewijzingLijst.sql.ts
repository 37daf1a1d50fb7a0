/**
 * The root list of allocations (Query.toewijzingen): `toewijzing` within the caller's municipalities, keyset-paginated
 * on its primary key (gemeente_code, id). `gemeente_code = ANY($1::char(4)[])` on the leading column of toewijzing_pkey
 * lets PostgreSQL walk the index in (gemeente_code, id) order and stop after LIMIT (test/graphql.toewijzingen.test.ts
 * checks the plan: no sort, no seq scan). Only the columns the query selects are read (KOLOM per GraphQL field).
 */
import type { Sql } from '../loaders/rows';

export interface ToewijzingLijstFilter {
  gemeenten: readonly string[];
  /** Only this provider's allocations: a filter on the rows the index walk yields (per municipality, by id). */
  aanbiederAgb?: string | null;
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
  // relations: the key the nested loader needs
  client: 't.client_id::text',
  product: 't.product_id',
  contract: 't.contract_id',
  // the provider's id through its unique AGB (provider_agb_code_key), so Toewijzing.provider is one by-id batch
  provider: '(SELECT p.id FROM provider p WHERE p.agb_code = t.aanbieder_agb) AS provider_id',
};

/** The select list for the selected fields: always the key and the cursor, then each selected field's columns once. */
export function toewijzingKolommen(fields: ReadonlySet<string>): string {
  const cols = new Set(['t.gemeente_code', 't.id::text']);
  for (const f of fields) {
    const c = KOLOM[f];
    if (c) cols.add(c);
  }
  return [...cols].join(', ');
}

function where(f: ToewijzingLijstFilter, values: unknown[]): string[] {
  const p = (v: unknown) => `$${values.push(v)}`;
  // char(4)[]: a text[] cast would bypass toewijzing_pkey
  const w = [`t.gemeente_code = ANY(${p(f.gemeenten)}::char(4)[])`];
  if (f.aanbiederAgb) w.push(`t.aanbieder_agb = ${p(f.aanbiederAgb)}`);
  return w;
}

/** One page after (forward) or before (backward, ascending from the far end; the caller reverses) the cursor; limit + 1 rows. */
export function findToewijzingenPage(f: ToewijzingLijstFilter, select: string, cursor: [string, string] | null, forward: boolean, limit: number): Sql {
  const values: unknown[] = [];
  const w = where(f, values);
  if (cursor) w.push(`(t.gemeente_code, t.id) ${forward ? '>' : '<'} ($${values.push(cursor[0])}::char(4), $${values.push(cursor[1])}::bigint)`);
  const dir = forward ? 'ASC' : 'DESC';
  return {
    text: `SELECT ${select} FROM toewijzing t WHERE ${w.join(' AND ')} ORDER BY t.gemeente_code ${dir}, t.id ${dir} LIMIT ${limit + 1}`,
    values,
  };
}

export function countToewijzingen(f: ToewijzingLijstFilter): Sql {
  const values: unknown[] = [];
  return { text: `SELECT count(*)::int AS n FROM toewijzing t WHERE ${where(f, values).join(' AND ')}`, values };
}
