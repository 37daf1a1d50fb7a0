/**
 * Projection "geld" (integration/monitoring/geld.ts) on a hand-made municipality: JW323s through the real pipeline
 * (receive → verwerkVolgende), allocations in the care tables; the month rows, the committed cost of undeclared
 * allocations, the forecast as of a fixed peildatum, and the incremental refresh equal to `herbouw`.
 */
import type pg from 'pg';
import { jw323Xml } from '../integration/declaraties/generateJW323';
import { receive } from '../integration/flows/receive';
import { verwerkVolgende } from '../integration/flows/pipeline';
import { standaardDeps } from '../integration/flows/standaardDeps';
import { berichtHandlers } from '../integration/flows/handlers/index';
import { geld } from '../integration/monitoring/geld';
import { prognose } from '../integration/monitoring/prognose';
import { leegGeraakt, type Geraakt } from '../integration/monitoring/Projectie';
import { useTestDatabase } from './support/db';
import { maakRegio, maakToewijzing, GEMEENTE, type Regio } from './declaraties.fixture';
import { bronnen, declaratie, prestatie } from './declaraties.harness';

const db = useTestDatabase();
let regio: Regio;
const deps = () => standaardDeps({ handlers: berichtHandlers, bronnen: { ...standaardDeps().bronnen, vandaag: bronnen.vandaag } });

/** The projection's tables as sorted text rows, to compare the incremental result with a rebuild. */
async function geldTabellen(pool: pg.Pool): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of ['mon_geld_declaratie', 'mon_geld_verplichting', 'mon_geld_maand']) {
    out[t] = (await pool.query(`SELECT x::text AS r FROM ${t} x ORDER BY 1`)).rows.map((r) => r.r as string);
  }
  return out;
}

async function werkBij(pool: pg.Pool, delen: Partial<Geraakt>): Promise<void> {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    await geld.werkBij(c, { ...leegGeraakt(), ...delen });
    await c.query('COMMIT');
  } finally {
    c.release();
  }
}

async function maandRijen() {
  return (await db.pool.query(`SELECT to_char(maand, 'YYYY-MM') AS maand, ingediend_cents::int AS ingediend, toegekend_cents::int AS toegekend,
                                      verplicht_cents::int AS verplicht
                               FROM mon_geld_maand WHERE gemeente_code = $1 AND segment_id = $2 ORDER BY maand`, [GEMEENTE, regio.segmentId])).rows;
}

let ids: { a: string; b: string; c: string };

beforeAll(async () => {
  regio = await maakRegio(db.pool);
  ids = {
    // A: 10 hours a week all of 2026 (declared in March below).
    a: await maakToewijzing(db.pool, { nummer: 7001, bsn: '999900006', contractId: regio.contractId, productId: regio.producten['45A01'] }),
    // B: 20 hours a month, July–December: 6 × 20 × €90 = €10,800 committed, never declared.
    b: await maakToewijzing(db.pool, { nummer: 7002, bsn: '999900018', contractId: regio.contractId, productId: regio.producten['45A01'],
      ingangsdatum: '2026-07-01', einddatum: '2026-12-31', volume: 20, frequentie: '4' }),
    // C: a budget allocation of €1,200 over October–December (92 days), pro rata by days.
    c: await maakToewijzing(db.pool, { nummer: 7003, bsn: '999900031', contractId: regio.contractId, productId: regio.producten['45A03'],
      code: '45A03', ingangsdatum: '2026-10-01', einddatum: '2026-12-31', volume: null, budgetCents: 120_000 }),
  };
  await werkBij(db.pool, { toewijzingen: Object.values(ids).map((toewijzingId) => ({ gemeenteCode: GEMEENTE, toewijzingId })) });
});

test('undeclared allocations are committed month by month: per week × days/7, per month, a budget pro rata by days', async () => {
  const rijen = await maandRijen();
  expect(rijen).toHaveLength(12);
  // A in January: 10 h/week × 31/7 weeks × €90 = €3,985.71; B from July; C from October.
  expect(rijen[0]).toEqual({ maand: '2026-01', ingediend: 0, toegekend: 0, verplicht: 398_571 });
  expect(rijen[6]).toEqual({ maand: '2026-07', ingediend: 0, toegekend: 0, verplicht: 398_571 + 180_000 });
  expect(rijen[9]).toEqual({ maand: '2026-10', ingediend: 0, toegekend: 0, verplicht: 398_571 + 180_000 + 40_435 });
  expect(rijen[10]!.verplicht).toBe(385_714 + 180_000 + 39_130);
});

test('a JW323 through the pipeline: March declared and approved, the declared allocation no longer committed, refusals declared only', async () => {
  // March: A 8 hours (approved, €720); B 5 hours before its ingangsdatum (refused: 9307 / 9387).
  const d = declaratie([
    { bsn: '999900006', prestaties: [prestatie(7001)] },
    { bsn: '999900018', prestaties: [prestatie(7002, { volume: 5 })] },
  ], { periodeBegin: '2026-03-01' });
  await receive(db.pool, jw323Xml(d), { kanaal: 'test' });
  const v = await verwerkVolgende(db.pool, deps());
  expect(v).toMatchObject({ status: 'processed' });
  const { rows: [dec] } = await db.pool.query(`SELECT id::text FROM declaratie WHERE declaratie_nummer = $1`, [d.nummer]);
  await werkBij(db.pool, { declaraties: [{ gemeenteCode: GEMEENTE, declaratieId: dec.id }] });

  const rijen = await maandRijen();
  // A's committed months are gone (it is declared now): a month row exists only where something was declared or committed.
  expect(rijen.map((r) => r.maand)).toEqual(['2026-03', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
  expect(rijen[0]).toEqual({ maand: '2026-03', ingediend: 72_000 + 45_000, toegekend: 72_000, verplicht: 0 });
  expect(rijen[1]).toEqual({ maand: '2026-07', ingediend: 0, toegekend: 0, verplicht: 180_000 });
  expect(rijen.reduce((s, r) => s + r.verplicht, 0)).toBe(6 * 180_000 + 120_000);
});

test('forecast as of 15 May 2026: realised + run rate × remaining months + committed; flag above the budget', async () => {
  const { rows: [j] } = await db.pool.query(`
    SELECT coalesce(sum(toegekend_cents) FILTER (WHERE maand < '2026-05-01'), 0)::int AS gerealiseerd,
           coalesce(sum(verplicht_cents) FILTER (WHERE maand >= '2026-05-01'), 0)::int AS verplicht
    FROM mon_geld_maand WHERE gemeente_code = $1 AND segment_id = $2 AND maand BETWEEN '2026-01-01' AND '2026-12-01'`, [GEMEENTE, regio.segmentId]);
  // Four months elapsed (Jan–Apr), €720 realised: run rate €180/month, 8 months to go, €12,000 committed.
  const p = prognose(2026, '2026-05-15', j.gerealiseerd, j.verplicht, 100_000_000);
  expect(p).toEqual({ verstrekenMaanden: 4, gerealiseerdCents: 72_000, runRateCents: 18_000, verplichtCents: 1_200_000,
    prognoseCents: 72_000 + 8 * 18_000 + 1_200_000, overschrijding: false });
  expect(prognose(2026, '2026-05-15', j.gerealiseerd, j.verplicht, 1_000_000).overschrijding).toBe(true);
  expect(prognose(2025, '2026-05-15', 600_000, 0, null)).toMatchObject({ verstrekenMaanden: 12, prognoseCents: 600_000, overschrijding: false });
  expect(prognose(2027, '2026-05-15', 0, 50_000, 10_000)).toMatchObject({ verstrekenMaanden: 0, prognoseCents: 50_000, overschrijding: true });
});

test('the incremental refresh equals herbouw', async () => {
  const incrementeel = await geldTabellen(db.pool);
  await geld.herbouw(db.pool);
  expect(await geldTabellen(db.pool)).toEqual(incrementeel);
  expect(incrementeel.mon_geld_declaratie!.length).toBeGreaterThan(0);
});
