/**
 * Booking a judged declaration, the same for the pipeline handler (one chunk = the whole message) and the
 * streaming path (many chunks, one transaction):
 *   start (declaratie row) → per chunk: prestaties (one multi-row INSERT), credited debets linked,
 *   allocation use updated → close: budget and contract ledgers and the declaration totals, all computed
 *   in SQL from the stored prestaties, so the JW325 totals are exactly what was booked.
 */
import type { Bevinding, Queryable } from '../rules/Regel.js';
import { one, run } from '../store/SqlQuery.js';
import type { Uitkomst } from './beoordeling.js';
import { insertBudgetBoekingen, insertContractBoekingen, upsertVerbruik } from './boeking.sql.js';
import { insertDeclaratie, sluitDeclaratie, type DeclaratieRij } from './declaratie.sql.js';
import { insertPrestaties, markeerGecrediteerd, type PrestatieBoeking } from './prestatie.sql.js';
import type { DeclaratieKop } from './typen.js';

export async function startDeclaratie(db: Queryable, kop: DeclaratieKop, berichtId: string | null): Promise<string> {
  return (await one<{ id: string }>(db, insertDeclaratie(kop, berichtId, 'in_verwerking')))!.id;
}

/** Inserts the declaration row; a concurrent duplicate number (23505 on declaratie_nummer_uniq) becomes TR333. */
export async function startOfDubbel(db: Queryable, kop: DeclaratieKop, berichtId: string | null): Promise<{ id: string } | { bevinding: Bevinding }> {
  await db.query('SAVEPOINT declaratie_start');
  try {
    const id = await startDeclaratie(db, kop, berichtId);
    await db.query('RELEASE SAVEPOINT declaratie_start');
    return { id };
  } catch (e) {
    await db.query('ROLLBACK TO SAVEPOINT declaratie_start');
    if ((e as { code?: string }).code !== '23505') throw e;
    return {
      bevinding: {
        regel: 'TR333', retourcode: '9333', klasse: 'Declaratie', klassePad: 'Declaratie', pad: 'Declaratie.DeclaratieNummer',
        melding: `DeclaratieNummer ${kop.nummer} is tegelijk in een ander bericht gebruikt`, controleniveau: 'berichtoverstijgend',
      },
    };
  }
}

/** A declaration refused on its Declaratie class (TR333, TR318): recorded, nothing booked (IV087). */
export async function weigerDeclaratie(db: Queryable, kop: DeclaratieKop, berichtId: string | null, bevindingen: readonly Bevinding[]): Promise<string> {
  const codes = [...new Set(bevindingen.map((b) => b.retourcode))];
  return (await one<{ id: string }>(db, insertDeclaratie(kop, berichtId, 'niet_verwerkt', codes, bevindingen.map((b) => `${b.regel}: ${b.melding}`))))!.id;
}

/**
 * A prestatie's final outcome: the engine's findings plus any other finding on its klassePad (or on its
 * Client: then it is not judged, 0233, and the Client carries the code).
 */
export function naarBoeking(u: Uitkomst, extra: readonly Bevinding[] = [], clientBevindingen: readonly Bevinding[] = []): PrestatieBoeking {
  const p = u.p;
  const bevindingen = [...u.bevindingen, ...extra];
  const clientCodes = [...new Set(clientBevindingen.map((b) => b.retourcode))];
  let retourcodes = [...new Set(bevindingen.map((b) => b.retourcode))];
  if (clientCodes.length && retourcodes.length === 0) retourcodes = ['0233'];
  const toegekend = retourcodes.length === 0;
  return {
    volgnummer: p.volgnummer,
    clientVolgnummer: p.clientIndex,
    prestatieIndex: p.prestatieIndex,
    bsn: p.bsn,
    clientId: u.toewijzing?.client_id ?? null,
    toewijzingId: u.toewijzing?.id ?? null,
    toewijzingNummer: p.toewijzingNummer,
    referentieNummer: p.referentieNummer,
    vorigReferentieNummer: p.vorigReferentieNummer ?? null,
    productCategorie: p.productCategorie,
    productCode: p.productCode,
    productId: u.product?.id ?? u.toewijzing?.product_id ?? null,
    segmentId: u.product?.segment_id ?? null,
    contractId: u.toewijzing?.contract_id ?? null,
    begin: p.begin,
    eind: p.eind,
    volume: p.volume,
    eenheid: p.eenheid,
    tarief: p.tarief ?? null,
    bedrag: p.bedrag,
    dc: p.dc,
    volumeToewijzing: u.volumeToewijzing,
    verwachtTarief: u.verwachtTariefCents ?? null,
    toegekend,
    retourcodes,
    redenen: [...bevindingen, ...clientBevindingen].map((b) => `${b.regel}: ${b.melding}`),
    clientRetourcodes: clientCodes,
    crediteert: toegekend && u.debet ? u.debet.id : null,
  };
}

/** Writes one chunk: 2–3 statements whatever its size. */
export async function boekChunk(db: Queryable, kop: DeclaratieKop, declaratieId: string, rows: readonly PrestatieBoeking[]): Promise<void> {
  if (rows.length === 0) return;
  await run(db, insertPrestaties(kop.gemeente, kop.aanbieder, declaratieId, rows));
  const credits = rows.filter((r) => r.crediteert !== null).map((r) => r.volgnummer);
  if (credits.length) await run(db, markeerGecrediteerd(kop.gemeente, declaratieId, credits));
  const perToewijzing = new Map<string, { volume: number; cents: number; n: number }>();
  for (const r of rows) {
    if (!r.toegekend || r.toewijzingId === null) continue;
    const v = perToewijzing.get(r.toewijzingId) ?? { volume: 0, cents: 0, n: 0 };
    v.volume += r.volumeToewijzing ?? 0;
    v.cents += r.dc === 'C' ? -r.bedrag : r.bedrag;
    v.n += 1;
    perToewijzing.set(r.toewijzingId, v);
  }
  if (perToewijzing.size) {
    const ids = [...perToewijzing.keys()];
    const vs = ids.map((id) => perToewijzing.get(id)!);
    await run(db, upsertVerbruik(kop.gemeente, ids, vs.map((v) => v.volume), vs.map((v) => v.cents), vs.map((v) => v.n)));
  }
}

/** Ledgers and totals, set-based from the stored prestaties. */
export async function sluitAf(db: Queryable, gemeente: string, declaratieId: string): Promise<DeclaratieRij> {
  await run(db, insertBudgetBoekingen(gemeente, declaratieId));
  await run(db, insertContractBoekingen(gemeente, declaratieId));
  return (await one<DeclaratieRij>(db, sluitDeclaratie(gemeente, declaratieId)))!;
}
