/**
 * The streaming path for a JW323 of any size, inside the caller's transaction (one per message):
 *
 *   bytes ─► splitJW323 (Client boundaries) ─► per chunk: XSD + in-message rules (integration/rules/valideer, on a small
 *   complete document) ─► codec object ─► DeclaratieContext (5 set-based queries) ─► judge in memory ─►
 *   one multi-row INSERT + allocation use ─► next chunk ... ─► whole-message checks ─► ledgers + totals.
 *
 * Memory holds one chunk (its bytes, its object tree, its context) at a time, whatever the message size.
 * All or nothing: everything is booked under a SAVEPOINT; when a later chunk shows the message must be
 * refused as a whole (XSD, a Header finding) or on its Declaratie class (TR358 total over all chunks, or
 * TR315/TR316/TR416 across chunks), the bookings roll back to it and only that outcome is recorded.
 * The JW325 is then written from the stored rows (JW325Writer), so it reflects exactly what was booked.
 *
 * What a chunk cannot see, and where it is checked:
 * - TR358 (TotaalIngediendBedrag = sum of all prestaties): the running sum of every chunk, at the end;
 * - TR101/TR315/TR316/TR416 across chunks: SQL over this declaration's stored prestaties
 *   (selectDubbelInBericht) — within a chunk the in-message rules already report them;
 * - the cross-message rules: each chunk's context is loaded in this transaction, so it sees the rows of
 *   the earlier chunks (TR314, TR389, TR390 through prestatie; TR322/TR369 through toewijzing_verbruik).
 */
import type { JW323Bericht } from '../ijw/generated/JW323.generated.js';
import type { Bevinding, ExterneBronnen, Queryable } from '../rules/Regel.js';
import { runRegels } from '../rules/runRegels.js';
import { getXsdValidator, xsdBevinding } from '../ijw/xsdValidator.js';
import { parseSnel } from './parseSnel.js';
import { one } from '../store/SqlQuery.js';
import { beoordeelDeclaratie, beoordeelPrestaties } from './beoordeling.js';
import { boekChunk, naarBoeking, sluitAf, startOfDubbel, weigerDeclaratie } from './boek.js';
import { DeclaratieContext, regioVan } from './DeclaratieContext.js';
import type { DeclaratieRij } from './declaratie.sql.js';
import { selectDubbelInBericht } from './prestatie.sql.js';
import { splitJW323, type SplitOptions } from './splitJW323.js';
import { clientPad, getekend, leesKop, leesPrestaties, prestatiePad, type DeclaratieKop } from './typen.js';

export interface ChunkValidatie {
  bericht?: unknown;
  bevindingen: Bevinding[];
}

export interface StreamOpties extends SplitOptions {
  berichtId: string | null;
  bronnen?: ExterneBronnen;
  /** XSD + in-message rules of one chunk document; default the rules' valideer (integration/rules/valideer.ts). */
  valideerChunk?: (xml: Buffer) => Promise<ChunkValidatie>;
  /** Findings kept in the result (all are on the prestatie rows anyway). Default 500. */
  maxBevindingen?: number;
  /** When given, milliseconds per phase are added to it (benchmark). */
  tijden?: Record<string, number>;
}

export interface StreamResultaat {
  /** 'rejected': the whole message (XSD / Header), nothing recorded. */
  status: 'processed' | 'rejected';
  bevindingen: Bevinding[];
  aantalBevindingen: number;
  kop?: DeclaratieKop;
  header?: JW323Bericht['Header'];
  declaratie?: DeclaratieRij | { id: string; gemeente_code: string; status: 'niet_verwerkt' };
  aantalPrestaties: number;
  chunks: number;
  clientIds: string[];
}

/** Rules that compare the whole Declaratie with all its prestaties: checked over the stream, not per chunk. */
const OVER_DE_STROOM = new Set(['TR358']);

const CLIENT = /^Declaratie\.Clienten\.Client\[(\d+)\]/;
function verschuif(b: Bevinding, offset: number): Bevinding {
  if (offset === 0) return b;
  const f = (s: string) => s.replace(CLIENT, (_, i: string) => `Declaratie.Clienten.Client[${Number(i) + offset}]`);
  return { ...b, klassePad: f(b.klassePad), pad: f(b.pad) };
}

/**
 * Refused as a whole (the pipeline's afgekeurdAlsGeheel; IV028/IV087 controleniveau 1 and 2: Header only,
 * the declaration counts as not sent): XSD, an in-message (xslt) rule, the Header, or the message itself.
 */
export function heelBericht(b: Bevinding): boolean {
  return b.controleniveau === 'xsd' || b.controleniveau === 'bericht' || b.regel === 'XSD' || b.klasse === 'Header' || b.klassePad === '' || b.klassePad === 'Header';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * One chunk: strict UTF-8, XSD (libxml2, compiled schema reused), the fast reader (parseSnel: same typed
 * object as the codec, for XSD-valid text), then the in-message and external rules (integration/rules) (IV028 order).
 */
export async function valideerChunkStandaard(xml: Buffer, bronnen?: ExterneBronnen, tijden?: Record<string, number>): Promise<ChunkValidatie> {
  let t = performance.now();
  const klok = (fase: string) => {
    if (!tijden) return;
    const nu = performance.now();
    tijden[fase] = (tijden[fase] ?? 0) + nu - t;
    t = nu;
  };
  let text: string;
  try {
    text = utf8.decode(xml);
  } catch {
    return { bevindingen: [xsdBevinding('Bericht is geen geldige UTF-8', undefined)] };
  }
  const xsd = (await getXsdValidator()).validate('JW323', text);
  klok('v.xsd');
  if (xsd.length) return { bevindingen: xsd };
  const bericht = parseSnel('JW323', text);
  klok('v.parse');
  const bevindingen = await runRegels('JW323', bericht, { ...(bronnen ? { bronnen } : {}), controleniveaus: ['bericht', 'extern'], maxBevindingen: 10_000 });
  klok('v.regels');
  return { bericht, bevindingen };
}

export async function verwerkJW323Stream(db: Queryable, bron: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, o: StreamOpties): Promise<StreamResultaat> {
  const max = o.maxBevindingen ?? 500;
  const valideerChunk = o.valideerChunk ?? ((xml: Buffer) => valideerChunkStandaard(xml, o.bronnen, o.tijden));
  const res: StreamResultaat = { status: 'processed', bevindingen: [], aantalBevindingen: 0, aantalPrestaties: 0, chunks: 0, clientIds: [] };
  const bewaar = (bs: readonly Bevinding[]) => {
    res.aantalBevindingen += bs.length;
    for (const b of bs) if (res.bevindingen.length < max) res.bevindingen.push(b);
  };
  const clientIds = new Set<string>();

  await db.query('SAVEPOINT jw323_stroom');
  let kop: DeclaratieKop | undefined;
  let regio: string | null = null;
  let declaratieId: string | null = null;
  let opDeclaratie: Bevinding[] = [];
  const heel: Bevinding[] = [];
  let som = 0;
  let volgnummer = 0;

  const tijden = o.tijden;
  let t0 = performance.now();
  const klok = (fase: string) => {
    if (!tijden) return;
    const t = performance.now();
    tijden[fase] = (tijden[fase] ?? 0) + (t - t0);
    t0 = t;
  };
  let boeking: Promise<void> = Promise.resolve();
  try {
    for await (const chunk of splitJW323(bron, o)) {
      klok('split');
      res.chunks++;
      const v = await valideerChunk(chunk.xml);
      klok('valideer');
      const bevindingen = v.bevindingen.filter((b) => !OVER_DE_STROOM.has(b.regel)).map((b) => verschuif(b, chunk.clientOffset));
      if (v.bericht === undefined || bevindingen.some(heelBericht)) {
        heel.push(...bevindingen.filter(heelBericht));
        if (heel.length === 0) heel.push(...bevindingen);
        break; // level 1/2: the message is refused as a whole, the rest need not be read
      }
      const bericht = v.bericht as JW323Bericht;
      if (!kop) {
        kop = leesKop(bericht);
        res.kop = kop;
        res.header = bericht.Header;
        regio = await regioVan(db, kop.gemeente);
        opDeclaratie = await beoordeelDeclaratie(kop, db);
      }
      // The Header and the Declaratie class are the same in every chunk: their findings count once.
      if (res.chunks === 1) opDeclaratie.push(...bevindingen.filter((b) => b.klassePad === 'Declaratie'));
      if (opDeclaratie.length === 0 && declaratieId === null) {
        const start = await startOfDubbel(db, kop, o.berichtId);
        if ('bevinding' in start) opDeclaratie.push(start.bevinding);
        else declaratieId = start.id;
      }
      const prestaties = leesPrestaties(bericht, chunk.clientOffset, volgnummer);
      volgnummer += prestaties.length;
      for (const p of prestaties) som += getekend(p);
      if (opDeclaratie.length) continue; // the Declaratie class is refused: its prestaties are not judged (IV087)

      const anders = new Map<string, Bevinding[]>();
      for (const b of bevindingen) {
        const l = anders.get(b.klassePad);
        if (l) l.push(b);
        else anders.set(b.klassePad, [b]);
      }
      klok('declaratie');
      // The previous chunk's booking ran in PostgreSQL while this chunk was split, validated and read here
      // (two processes, two cores); this chunk's facts are read only after it, so they include its rows.
      await boeking;
      klok('wacht');
      const ctx = await DeclaratieContext.laad(db, kop, prestaties, regio, declaratieId, tijden);
      klok('context');
      const uitkomsten = beoordeelPrestaties(ctx, prestaties);
      klok('beoordeel');
      const rows = uitkomsten.map((u) =>
        naarBoeking(u, anders.get(prestatiePad(u.p.clientIndex, u.p.prestatieIndex)) ?? [], anders.get(clientPad(u.p.clientIndex)) ?? []),
      );
      boeking = boekChunk(db, kop, declaratieId!, rows);
      boeking.catch(() => undefined); // awaited below; avoid an unhandled rejection while the next chunk is read
      klok('boek');
      for (let i = 0; i < rows.length; i++) {
        if (!rows[i]!.toegekend) bewaar([...uitkomsten[i]!.bevindingen, ...(anders.get(uitkomsten[i]!.p.klassePad) ?? [])]);
        const c = uitkomsten[i]!.toewijzing?.client_id;
        if (c) clientIds.add(c);
      }
    }
    await boeking;
    klok('wacht');
  } catch (e) {
    await boeking.catch(() => undefined);
    await db.query('ROLLBACK TO SAVEPOINT jw323_stroom');
    throw e;
  }
  res.aantalPrestaties = volgnummer;

  if (heel.length || !kop) {
    await db.query('ROLLBACK TO SAVEPOINT jw323_stroom');
    res.declaratie = undefined;
    res.status = 'rejected';
    res.bevindingen = [];
    res.aantalBevindingen = 0;
    bewaar(heel);
    return res;
  }
  // In-message rules over the whole stream (level 2): refuse the message as a whole.
  if (som !== kop.totaalCents) {
    heel.push({
      regel: 'TR358', retourcode: '0001', klasse: 'Declaratie', klassePad: 'Declaratie', pad: 'Declaratie.TotaalIngediendBedrag',
      melding: `TotaalIngediendBedrag (${kop.totaalCents} cent, getekend) is niet de som van de prestaties (${som} cent)`, controleniveau: 'bericht',
    });
  } else if (opDeclaratie.length === 0 && declaratieId !== null) {
    const dubbel = await one<{ regel: string; volgnummer: number }>(db, selectDubbelInBericht(kop.gemeente, declaratieId));
    if (dubbel) {
      heel.push({
        regel: dubbel.regel, retourcode: '0001', klasse: 'Declaratie', klassePad: 'Declaratie', pad: 'Declaratie.Clienten',
        melding: `${dubbel.regel} over twee delen van het bericht heen (prestatie ${dubbel.volgnummer})`, controleniveau: 'bericht',
      });
    }
  }
  if (heel.length) {
    await db.query('ROLLBACK TO SAVEPOINT jw323_stroom');
    res.status = 'rejected';
    res.bevindingen = [];
    res.aantalBevindingen = 0;
    res.declaratie = undefined;
    bewaar(heel);
    return res;
  }
  if (opDeclaratie.length) {
    await db.query('ROLLBACK TO SAVEPOINT jw323_stroom');
    const id = await weigerDeclaratie(db, kop, o.berichtId, opDeclaratie);
    res.bevindingen = [];
    res.aantalBevindingen = 0;
    bewaar(opDeclaratie);
    res.declaratie = { id, gemeente_code: kop.gemeente, status: 'niet_verwerkt' };
    await db.query('RELEASE SAVEPOINT jw323_stroom');
    return res;
  }
  klok('rest');
  res.declaratie = await sluitAf(db, kop.gemeente, declaratieId!);
  klok('sluit');
  res.clientIds = [...clientIds];
  await db.query('RELEASE SAVEPOINT jw323_stroom');
  return res;
}
