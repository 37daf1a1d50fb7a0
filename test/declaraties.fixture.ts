/**
 * Shared set-up for the declaration tests (test/declaraties.*.test.ts): a region with one municipality
 * (0505 Dordrecht), a provider with a contract, products with contract and region tariffs, budgets,
 * clients and allocations, written with plain SQL on a real (per test file) PostgreSQL database.
 */
import { createHmac } from 'node:crypto';
import type pg from 'pg';
import { bsnReeks } from '../integration/declaraties/generateJW323.js';

export const GEMEENTE = '0505';
export const AANBIEDER = '12345678';

export interface Regio {
  regionId: string;
  municipalityId: string;
  segmentId: string;
  contractId: string;
  /** product ids by code: 45A01 (uur, 04), 45A02 (etmaal 14), 45A03 (euro 83) */
  producten: Record<string, string>;
}

export async function maakRegio(db: pg.Pool | pg.PoolClient, opts: { aanbieder?: string; gemeente?: string } = {}): Promise<Regio> {
  const gemeente = opts.gemeente ?? GEMEENTE;
  const aanbieder = opts.aanbieder ?? AANBIEDER;
  const q = async (text: string, values: unknown[] = []) => (await db.query(text, values)).rows[0] as Record<string, string>;
  const region = await q(`INSERT INTO region (code, name) VALUES ($1, 'Zuid-Holland Zuid') RETURNING id`, [`ZHZ${gemeente}`]);
  const mun = await q(`INSERT INTO municipality (cbs_code, name, youth_population, region_id) VALUES ($1, 'Dordrecht', 25000, $2) RETURNING id`, [gemeente, region.id]);
  await db.query(`INSERT INTO provider (agb_code, name) VALUES ($1, 'Jeugdhulp BV') ON CONFLICT DO NOTHING`, [aanbieder]);
  const prov = await q(`SELECT id FROM provider WHERE agb_code = $1`, [aanbieder]);
  const seg = await q(
    `INSERT INTO segment (region_id, number, name, procurement_method, funding_model) VALUES ($1, 1, 'Ambulant', 'open_house', 'inspanningsgericht') RETURNING id`,
    [region.id],
  );
  const contract = await q(
    `INSERT INTO contract (provider_id, region_id, segment_id, reference, start_date, status) VALUES ($1, $2, $3, 'C-1', '2025-01-01', 'active') RETURNING id`,
    [prov.id, region.id, seg.id],
  );
  const producten: Record<string, string> = {};
  for (const [code, unit, freq, variant] of [
    ['45A01', '04', '2', 'inspanningsgericht'],
    ['45A02', '14', '4', 'inspanningsgericht'],
    ['45A03', '83', '6', 'outputgericht'],
  ] as const) {
    const p = await q(
      `INSERT INTO product (region_id, segment_id, category, code, name, unit, frequency, allocation_variant) VALUES ($1, $2, '45', $3, $7, $4, $5, $6) RETURNING id`,
      [region.id, seg.id, code, unit, freq, variant, `Product ${code}`],
    );
    producten[code] = p.id!;
  }
  // 45A01: contract tariff 8700/uur in 2025, 9000 from 2026-01-01; region tariff 8000 (must lose).
  await db.query(`INSERT INTO tariff (contract_id, product_id, price_cents, valid_from, valid_to) VALUES ($1, $2, 8700, '2025-01-01', '2025-12-31'), ($1, $2, 9000, '2026-01-01', NULL)`, [contract.id, producten['45A01']]);
  await db.query(`INSERT INTO tariff (region_id, product_id, price_cents, valid_from) VALUES ($1, $2, 8000, '2025-01-01')`, [region.id, producten['45A01']]);
  // 45A02: only a harmonised region tariff, changed in the middle of March 2026.
  await db.query(
    `INSERT INTO tariff (region_id, product_id, price_cents, valid_from, valid_to) VALUES ($1, $2, 25000, '2025-01-01', '2026-03-15'), ($1, $2, 26000, '2026-03-16', NULL)`,
    [region.id, producten['45A02']],
  );
  await db.query(`INSERT INTO budget (municipality_id, segment_id, year, amount_cents) VALUES ($1, $2, 2026, 100000000)`, [mun.id, seg.id]);
  return { regionId: region.id!, municipalityId: mun.id!, segmentId: seg.id!, contractId: contract.id!, producten };
}

export async function maakClient(db: pg.Pool | pg.PoolClient, bsn: string, gemeente = GEMEENTE): Promise<string> {
  const pseudoniem = createHmac('sha256', 'test').update(bsn).digest('hex');
  const r = await db.query(
    `INSERT INTO client (gemeente_code, bsn, pseudoniem) VALUES ($1, $2, $3)
     ON CONFLICT (gemeente_code, bsn) DO UPDATE SET bsn = EXCLUDED.bsn RETURNING id::text`,
    [gemeente, bsn, pseudoniem],
  );
  return r.rows[0].id;
}

export interface ToewijzingOpties {
  nummer: number;
  bsn: string;
  contractId: string;
  productId?: string | null;
  categorie?: string | null;
  code?: string | null;
  ingangsdatum?: string;
  einddatum?: string | null;
  volume?: number | null;
  eenheid?: string | null;
  frequentie?: string | null;
  budgetCents?: number | null;
  redenWijziging?: string | null;
  aanbieder?: string;
  gemeente?: string;
}

export async function maakToewijzing(db: pg.Pool | pg.PoolClient, o: ToewijzingOpties): Promise<string> {
  const gemeente = o.gemeente ?? GEMEENTE;
  const clientId = await maakClient(db, o.bsn, gemeente);
  const verwijderd = o.redenWijziging === '13';
  const ingang = o.ingangsdatum ?? '2026-01-01';
  const r = await db.query(
    `INSERT INTO toewijzing (gemeente_code, toewijzing_nummer, aanbieder_agb, client_id, product_id, product_categorie, product_code,
       contract_id, ingangsdatum, einddatum, volume, eenheid, frequentie, budget_cents, reden_wijziging, status, toewijzingsdatum, toewijzingstijd)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$9,'12:00:00') RETURNING id::text`,
    [
      gemeente, o.nummer, o.aanbieder ?? AANBIEDER, clientId, o.productId ?? null,
      o.categorie === undefined ? '45' : o.categorie, o.code === undefined ? '45A01' : o.code,
      o.contractId, ingang, verwijderd ? ingang : o.einddatum === undefined ? '2026-12-31' : o.einddatum,
      o.volume === undefined ? 10 : o.volume, o.volume === null ? null : (o.eenheid ?? '04'), o.volume === null ? null : (o.frequentie ?? '2'),
      o.budgetCents ?? null, o.redenWijziging ?? null, verwijderd ? 'verwijderd' : 'actueel',
    ],
  );
  return r.rows[0].id;
}

/**
 * `n` clients with one allocation each (45A01, 10 hours a week, 2026), in three statements: the load for
 * the 100,000-prestatie test and the benchmark. Returns the numbers and BSNs.
 */
export async function maakToewijzingenBulk(
  db: pg.Pool | pg.PoolClient,
  o: { n: number; startNummer: number; contractId: string; bsnStart?: number; gemeente?: string; aanbieder?: string },
): Promise<{ nummer: number; bsn: string }[]> {
  const gemeente = o.gemeente ?? GEMEENTE;
  const bsns = bsnReeks(o.bsnStart ?? 500000, o.n);
  const nummers = bsns.map((_, i) => o.startNummer + i);
  await db.query(
    `INSERT INTO client (gemeente_code, bsn, pseudoniem)
     SELECT $1, b, encode(sha256(convert_to(b, 'UTF8')), 'hex') FROM unnest($2::text[]) AS b
     ON CONFLICT (gemeente_code, bsn) DO NOTHING`,
    [gemeente, bsns],
  );
  await db.query(
    `INSERT INTO toewijzing (gemeente_code, toewijzing_nummer, aanbieder_agb, client_id, product_categorie, product_code, contract_id,
       ingangsdatum, einddatum, volume, eenheid, frequentie, toewijzingsdatum, toewijzingstijd)
     SELECT $1, u.nr, $3, c.id, '45', '45A01', $4, '2026-01-01', '2026-12-31', 10, '04', '2', '2026-01-01', '12:00:00'
     FROM unnest($2::int[], $5::text[]) AS u(nr, bsn) JOIN client c ON c.gemeente_code = $1 AND c.bsn = u.bsn`,
    [gemeente, nummers, o.aanbieder ?? AANBIEDER, o.contractId, bsns],
  );
  return nummers.map((nummer, i) => ({ nummer, bsn: bsns[i]! }));
}
