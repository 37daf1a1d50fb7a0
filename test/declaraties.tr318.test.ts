/**
 * TR318 (8214) with skipped months: a previous declaration for January 2026 (P), the next one for March
 * (P+2), February (P+1) skipped. Refused only when care was delivered in February: a current JW305 start
 * running in it (not stopped before it), not counting starts of an outputgericht (trajectory) allocation.
 * Each case is its own provider at 0505, so the "previous declaration" and the starts of one case are
 * invisible to the others.
 */
import { createHash } from 'node:crypto';
import { useTestDatabase } from './support/db';
import { GEMEENTE, maakClient, maakRegio, maakToewijzing, type Regio } from './declaraties.fixture';
import { declaratie, prestatie, verwerk } from './declaraties.harness';

const db = useTestDatabase();
let regio: Regio;
let nr = 2000;
let bsnTeller = 0;
let berichtTeller = 0;
const BSNS = ['999900031', '999900043', '999900055'];

beforeAll(async () => {
  regio = await maakRegio(db.pool);
});

interface Aanbieder {
  agb: string;
  bsn: string;
  clientId: string;
}

async function aanbieder(agb: string): Promise<Aanbieder> {
  await db.pool.query(`INSERT INTO provider (agb_code, name) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [agb, `Aanbieder ${agb}`]);
  const bsn = BSNS[bsnTeller++]!;
  return { agb, bsn, clientId: await maakClient(db.pool, bsn) };
}

/** An allocation of this provider (2026) on 45A01 (inspanningsgericht) or 45A03 (outputgericht), with its product id. */
async function toewijzing(a: Aanbieder, code: '45A01' | '45A03'): Promise<{ nummer: number; id: string }> {
  const nummer = ++nr;
  const id = await maakToewijzing(db.pool, {
    nummer,
    bsn: a.bsn,
    aanbieder: a.agb,
    contractId: regio.contractId,
    productId: regio.producten[code],
    code,
    ...(code === '45A03' ? { volume: 1, eenheid: '83', frequentie: '6' } : {}),
  });
  return { nummer, id };
}

/** A JW305 (JW307) row as H7 records it; the message row it points at is a stand-in. */
async function bericht(type: 'JW305' | 'JW307', agb: string): Promise<string> {
  const raw = Buffer.from(`<${type} test="${++berichtTeller}"/>`);
  return (
    await db.pool.query(
      `INSERT INTO bericht (richting, type, afzender, ontvanger, identificatie, dagtekening, gemeente_code, inhoud_hash, raw, status, kanaal)
       VALUES ('in', $1, $2, $3, $4, '2026-01-05', $7, $5, $6, 'processed', 'test') RETURNING id::text`,
      [type, agb, GEMEENTE, `S${process.pid}x${berichtTeller}`, createHash('sha256').update(raw).digest(), raw, GEMEENTE],
    )
  ).rows[0].id;
}

async function start(a: Aanbieder, t: { nummer: number; id: string }, code: string, begindatum: string): Promise<string> {
  return (
    await db.pool.query(
      `INSERT INTO start_product (gemeente_code, client_id, aanbieder_agb, toewijzing_nummer, toewijzing_id, product_categorie, product_code,
                                  toewijzing_ingangsdatum, begindatum, bericht_id)
       VALUES ($1, $2, $3, $4, $5, '45', $6, '2026-01-01', $7, $8) RETURNING id::text`,
      [GEMEENTE, a.clientId, a.agb, t.nummer, t.id, code, begindatum, await bericht('JW305', a.agb)],
    )
  ).rows[0].id;
}

async function stop(a: Aanbieder, t: { nummer: number; id: string }, startId: string, code: string, begindatum: string, einddatum: string): Promise<void> {
  await db.pool.query(
    `INSERT INTO stop_product (gemeente_code, client_id, aanbieder_agb, toewijzing_nummer, toewijzing_id, start_product_id, product_categorie,
                               product_code, toewijzing_ingangsdatum, begindatum, reden_beeindiging, einddatum, bericht_id)
     VALUES ($1, $2, $3, $4, $5, $6, '45', $7, '2026-01-01', $8, '02', $9, $10)`,
    [GEMEENTE, a.clientId, a.agb, t.nummer, t.id, startId, code, begindatum, einddatum, await bericht('JW307', a.agb)],
  );
}

/** Declare a 45A01 prestatie for the month starting `maand` in a declaration for that month; the findings as [regel, retourcode]. */
async function declareer(a: Aanbieder, t: { nummer: number }, maand: '2026-01-01' | '2026-03-01'): Promise<[string, string][]> {
  const eind = maand === '2026-01-01' ? '2026-01-31' : '2026-03-31';
  const d = declaratie([{ bsn: a.bsn, prestaties: [prestatie(t.nummer, { begin: maand, eind })] }], { afzender: a.agb, periodeBegin: maand });
  return (await verwerk(db.pool, d)).bevindingen.map((b) => [b.regel, b.retourcode]);
}

describe('TR318 8214: skipped months', () => {
  test('an inspanningsgericht start running through the skipped month refuses the declaration', async () => {
    const a = await aanbieder('70000001');
    const t = await toewijzing(a, '45A01');
    await start(a, t, '45A01', '2026-01-05');
    expect(await declareer(a, t, '2026-01-01')).toEqual([]);
    expect(await declareer(a, t, '2026-03-01')).toEqual([['TR318', '8214']]);
    const d = (
      await db.pool.query(`SELECT periode_begin::text AS p, status, retourcodes FROM declaratie WHERE aanbieder_agb = $1 ORDER BY id`, [a.agb])
    ).rows;
    expect(d).toEqual([
      { p: '2026-01-01', status: 'toegekend', retourcodes: ['8001'] },
      { p: '2026-03-01', status: 'niet_verwerkt', retourcodes: ['8214'] },
    ]);
  });

  test('only an outputgericht (trajectory) start runs through the skipped month: accepted', async () => {
    const a = await aanbieder('70000002');
    const t = await toewijzing(a, '45A01');
    const traject = await toewijzing(a, '45A03');
    // the hourly care stopped at the end of January; the trajectory runs on through February
    const s = await start(a, t, '45A01', '2026-01-05');
    await stop(a, t, s, '45A01', '2026-01-05', '2026-01-31');
    await start(a, traject, '45A03', '2026-01-12');
    expect(await declareer(a, t, '2026-01-01')).toEqual([]);
    expect(await declareer(a, t, '2026-03-01')).toEqual([]);
  });

  test('no start runs in the skipped month (stopped before it, the next one begins after it): accepted', async () => {
    const a = await aanbieder('70000003');
    const t = await toewijzing(a, '45A01');
    const s = await start(a, t, '45A01', '2026-01-05');
    await stop(a, t, s, '45A01', '2026-01-05', '2026-01-31');
    await start(a, t, '45A01', '2026-03-02');
    expect(await declareer(a, t, '2026-01-01')).toEqual([]);
    expect(await declareer(a, t, '2026-03-01')).toEqual([]);
  });
});
