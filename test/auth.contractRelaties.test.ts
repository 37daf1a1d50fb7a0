/**
 * What a contract page reads with its contracts needs no row filter of its own, because the contract row passed the
 * contract filter in the same statement (api/auth/rijFilter.ts, every role):
 *   - a contract's own tariffs are visible exactly when the contract is (the tariffs aggregated into each row,
 *     api/loaders/tariffsOn.sql.ts tariffsOnAggregate);
 *   - a visible contract's provider, segment, region and municipality are visible (the joins of ContractService.page,
 *     `zichtbaarMetOuder`).
 * Checked over a national set, per role, in PostgreSQL with the predicates as rijFilter writes them; a change to a
 * rule that breaks this fails here.
 */
import { Params } from '../api/loaders/entityRows.sql';
import { rijFilter } from '../api/auth/rijFilter';
import type { Rol } from '../api/auth/Rol';
import { laadInkoop } from '../integration/nationaal/inkoop';
import { useTestDatabase } from './support/db';

const db = useTestDatabase();
const rollen: Rol[] = [];

beforeAll(async () => {
  await laadInkoop(db.pool, { schaal: 0.01, seed: 3 });
  const regios = (await db.pool.query<{ code: string }>(`SELECT code FROM region ORDER BY code LIMIT 3`)).rows.map((r) => r.code);
  const gemeenten = (await db.pool.query<{ cbs_code: string }>(`SELECT DISTINCT ON (region_id) cbs_code FROM municipality ORDER BY region_id, cbs_code LIMIT 2`)).rows.map((r) => r.cbs_code);
  // providers with contracts in more than one region first: the interesting case for the provider rule
  const aanbieders = (await db.pool.query<{ agb_code: string }>(`SELECT p.agb_code FROM provider p JOIN contract c ON c.provider_id = p.id
    GROUP BY p.agb_code ORDER BY count(DISTINCT c.region_id) DESC, p.agb_code LIMIT 3`)).rows.map((r) => r.agb_code);
  rollen.push(...regios.map((regio) => ({ soort: 'regio', regio }) as const), { soort: 'gemeente', gemeenten: [gemeenten[0]!] },
    { soort: 'gemeente', gemeenten }, ...aanbieders.map((agb) => ({ soort: 'aanbieder', agb }) as const), { soort: 'beheer' });
}, 60_000);

test('for every role: a visible contract\'s provider, segment, region and municipality are visible', async () => {
  for (const rol of [...rollen, null]) {
    const params = new Params();
    const contract = rijFilter(rol, 'contract', 'e', (v) => params.bind(v)) ?? 'TRUE';
    const zichtbaar = (tabel: 'provider' | 'segment' | 'region' | 'municipality', alias: string) =>
      `COALESCE(${rijFilter(rol, tabel, alias, (v) => params.bind(v)) ?? 'TRUE'}, FALSE)`;
    const { rows: [r] } = await db.pool.query<{ contracten: number; verborgen: number }>(
      `SELECT count(*)::int AS contracten,
              count(*) FILTER (WHERE NOT (${zichtbaar('provider', 'p')} AND ${zichtbaar('segment', 's')} AND ${zichtbaar('region', 'r')}
                                          AND (m.id IS NULL OR ${zichtbaar('municipality', 'm')})))::int AS verborgen
         FROM contract e JOIN provider p ON p.id = e.provider_id JOIN segment s ON s.id = e.segment_id JOIN region r ON r.id = e.region_id
         LEFT JOIN municipality m ON m.id = e.municipality_id
        WHERE ${contract}`, params.values);
    expect({ rol, verborgen: r!.verborgen }).toEqual({ rol, verborgen: 0 });
    if (rol) expect(r!.contracten).toBeGreaterThan(0);
  }
  const { rows: [{ n }] } = await db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM contract WHERE municipality_id IS NOT NULL`);
  expect(n).toBeGreaterThan(0); // the municipality case is exercised
});

test('for every role: a contract tariff is visible exactly when its contract is', async () => {
  const { rows: [{ n }] } = await db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM tariff WHERE contract_id IS NOT NULL`);
  expect(n).toBeGreaterThan(1000);
  for (const rol of [...rollen, null]) {
    const params = new Params();
    const tarief = rijFilter(rol, 'tariff', 'x', (v) => params.bind(v)) ?? 'TRUE';
    const contract = rijFilter(rol, 'contract', 'e', (v) => params.bind(v)) ?? 'TRUE';
    const { rows: [r] } = await db.pool.query<{ zichtbaar: number; verschil: number }>(
      `SELECT count(*) FILTER (WHERE ${contract})::int AS zichtbaar, count(*) FILTER (WHERE COALESCE(${tarief}, FALSE) <> COALESCE(${contract}, FALSE))::int AS verschil
         FROM tariff x JOIN contract e ON e.id = x.contract_id`, params.values);
    // as a WHERE reads them: NULL (x.region_id = ... on a contract tariff) is not visible
    expect({ rol, verschil: r!.verschil }).toEqual({ rol, verschil: 0 });
    // not vacuous: every tenant role sees some contract tariffs and not all
    if (rol && rol.soort !== 'beheer') expect(r!.zichtbaar).toBeGreaterThan(0);
    if (rol?.soort !== 'beheer') expect(r!.zichtbaar).toBeLessThan(n);
  }
});
