/**
 * The tenant of a purchasing row, as SQL: for a role and a table, the predicate a row must satisfy to be visible
 * (api/auth/beleid.ts says why). One definition, used twice: in the WHERE of root lists (EntityService.list, so pages
 * and totalCount count only the tenant's rows) and by the visibility check on every other object a response carries
 * (zichtbaarheid.ts). Values are bound as positional parameters through `bind` (api/loaders/entityRows.sql.ts Params),
 * so the predicate goes into the WHERE of the plain-SQL read itself; `alias` is the table's alias in the query.
 *
 * Every subquery is served by an index: municipality(cbs_code), region(code), provider(agb_code), contract's
 * region/provider/segment FKs.
 */
import type { Rol } from './Rol';

export const INKOOP_TABELLEN = ['region', 'municipality', 'provider', 'segment', 'contract', 'product', 'tariff', 'budget'] as const;
export type InkoopTabel = (typeof INKOOP_TABELLEN)[number];

/** Binds a value as the next positional parameter and returns its placeholder (`$n`). */
export type Bind = (value: unknown) => string;

export function isInkoopTabel(tabel: string): tabel is InkoopTabel {
  return (INKOOP_TABELLEN as readonly string[]).includes(tabel);
}

/** The predicate (SQL over `alias`); null: no restriction (beheer). No role at all: nothing visible. */
export function rijFilter(rol: Rol | null, tabel: InkoopTabel, alias: string, bind: Bind): string | null {
  if (!rol) return 'FALSE';
  if (rol.soort === 'beheer') return null;
  const a = alias;
  if (rol.soort === 'aanbieder') {
    // before binding: a bound value the statement does not use is an error in PostgreSQL
    if (tabel === 'budget') return 'FALSE';
    const agb = bind(rol.agb);
    const contracten = `SELECT c.id FROM contract c JOIN provider p ON p.id = c.provider_id WHERE p.agb_code = ${agb}`;
    const regios = `SELECT c.region_id FROM contract c JOIN provider p ON p.id = c.provider_id WHERE p.agb_code = ${agb}`;
    const segmenten = `SELECT c.segment_id FROM contract c JOIN provider p ON p.id = c.provider_id WHERE p.agb_code = ${agb}`;
    const sql: Record<InkoopTabel, string> = {
      region: `${a}.id IN (${regios})`,
      municipality: `${a}.region_id IN (${regios})`,
      provider: `${a}.agb_code = ${agb}`,
      segment: `${a}.id IN (${segmenten})`,
      contract: `${a}.id IN (${contracten})`,
      product: `${a}.segment_id IN (${segmenten})`,
      // its own contract tariffs, and the harmonised tariffs of the regions it has a contract in (the fallback price)
      tariff: `(${a}.contract_id IN (${contracten}) OR (${a}.contract_id IS NULL AND ${a}.region_id IN (${regios})))`,
      budget: 'FALSE', // (returned above) municipalities' money is not a provider's business
    };
    return sql[tabel];
  }
  // A region's id is one value: `= (scalar subquery)` is computed once per statement (an InitPlan) and is then an
  // index condition like a constant, e.g. (provider_id, region_id) of contract_provider_region_idx in the provider
  // check; `IN (subquery)` made a semi-join per row instead (a region lookup per contract of each provider).
  const inRegio = rol.soort === 'regio'
    ? ((code) => (id: string) => `${id} = (SELECT r.id FROM region r WHERE r.code = ${code})`)(bind(rol.regio))
    : ((cbs) => (id: string) => `${id} IN (SELECT m.region_id FROM municipality m WHERE m.cbs_code = ANY(${cbs}))`)(bind([...rol.gemeenten]));
  const sql: Record<InkoopTabel, string> = {
    region: inRegio(`${a}.id`),
    municipality: inRegio(`${a}.region_id`),
    segment: inRegio(`${a}.region_id`),
    contract: inRegio(`${a}.region_id`),
    product: inRegio(`${a}.region_id`),
    // the providers contracted in the region. EXISTS, not IN (all the region's contracts): one index probe per row
    // (contract_provider_region_idx), where IN built the whole set for every statement, even inside an OR (a hashed
    // subplan: ~5 ms for one tariff of a large region, bench:graphql b as regio)
    provider: `EXISTS (SELECT 1 FROM contract c WHERE c.provider_id = ${a}.id AND ${inRegio('c.region_id')})`,
    tariff: `(${inRegio(`${a}.region_id`)} OR EXISTS (SELECT 1 FROM contract c WHERE c.id = ${a}.contract_id AND ${inRegio('c.region_id')}))`,
    budget: `(${inRegio(`${a}.region_id`)} OR ${a}.municipality_id IN (SELECT m2.id FROM municipality m2 WHERE ${inRegio('m2.region_id')}))`,
  };
  return sql[tabel];
}
