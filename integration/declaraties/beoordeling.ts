/**
 * The judgement of a declaration: the Declaratie rules once, then every Prestatie rule over every prestatie,
 * in memory against a DeclaratieContext loaded set-based (DeclaratieContext.laad).
 *
 * Two callers:
 * - the streaming path (verwerkJW323.ts) calls beoordeelDeclaratie once and beoordeelPrestaties per chunk;
 * - the pipeline runs the registry's Regel.check for each rule; those all call `rapporteer`, which judges
 *   the whole message once (memoised per message object and transaction) and reports that rule's findings.
 */
import type { JW323Bericht } from '../ijw/generated/JW323.generated.js';
import type { Bevinding, Queryable, RegelContext } from '../rules/Regel.js';
import type { EerderePrestatieRij } from './context.sql.js';
import { DeclaratieContext, inToewijzingEenheid, type Product, type Toewijzing } from './DeclaratieContext.js';
import * as regels from './regels.js';
import { verwachtTarief } from './tarief.js';
import { leesKop, leesPrestaties, type DeclaratieKop, type PrestatieInvoer } from './typen.js';

export interface Uitkomst {
  p: PrestatieInvoer;
  bevindingen: Bevinding[];
  toegekend: boolean;
  toewijzing: Toewijzing | undefined;
  product: Product | undefined;
  /** For an approved credit: the debet it reverses. */
  debet: EerderePrestatieRij | undefined;
  verwachtTariefCents: number | undefined;
  /** Signed, in the allocation's unit (credit −). */
  volumeToewijzing: number | null;
}

const VELD: Readonly<Record<string, string>> = {
  TR304: '', TR314: '.ProductReferentie.ReferentieNummer', TR323: '.ProductReferentie.VorigReferentieNummer',
  TR390: '.ProductReferentie.VorigReferentieNummer', TR338: '.ToewijzingNummer', TR339: '.ProductCategorie', TR340: '.ProductCode',
  TR341: '.Eenheid', TR307: '.ProductPeriode.Begindatum', TR387: '.ProductPeriode.Begindatum', TR308: '.ProductPeriode.Einddatum',
  TR388: '.ProductPeriode.Einddatum', TR319: '.ProductPeriode', TR321: '.GeleverdVolume', TR322: '.GeleverdVolume',
  TR369: '.GeleverdVolume', TR389: '.IngediendBedrag.DebetCredit', TR384: '.ToewijzingNummer', TR418: '.ProductTarief',
};

export async function beoordeelDeclaratie(kop: DeclaratieKop, db: Queryable): Promise<Bevinding[]> {
  const out: Bevinding[] = [];
  for (const r of regels.DECLARATIE_REGELS) {
    const melding = await r.beoordeelDeclaratie(kop, db);
    if (melding) {
      out.push({
        regel: r.code, retourcode: r.retourcode, klasse: 'Declaratie', klassePad: 'Declaratie',
        pad: r.code === 'TR333' ? 'Declaratie.DeclaratieNummer' : 'Declaratie.DeclaratiePeriode', melding, controleniveau: 'berichtoverstijgend',
      });
    }
  }
  return out;
}

/**
 * Judges prestaties in processing order (credits first, then debets, each in document order; see
 * DeclaratieContext) and returns the outcomes in document order.
 */
export function beoordeelPrestaties(c: DeclaratieContext, prestaties: readonly PrestatieInvoer[]): Uitkomst[] {
  const uit = new Array<Uitkomst>(prestaties.length);
  const lijst = regels.PRESTATIE_REGELS;
  for (const ronde of ['C', 'D'] as const) {
    for (let i = 0; i < prestaties.length; i++) {
      const p = prestaties[i]!;
      if (p.dc !== ronde) continue;
      const soort = ronde === 'C' ? 'credit' : 'debet';
      const t = c.toewijzing(p);
      const debet = ronde === 'C' ? c.gecrediteerdeDebet(p) : undefined;
      const bevindingen: Bevinding[] = [];
      for (const r of lijst) {
        if (r.voor !== 'beide' && r.voor !== soort) continue;
        if (r.metToewijzing && !t) continue;
        const melding = r.beoordeel({ p, c, t, debet });
        if (melding) {
          bevindingen.push({
            regel: r.code, retourcode: r.retourcode, klasse: 'Prestatie', klassePad: p.klassePad,
            pad: p.klassePad + (VELD[r.code] ?? ''), melding, controleniveau: 'berichtoverstijgend',
          });
        }
      }
      c.gezien(p);
      const toegekend = bevindingen.length === 0;
      if (toegekend) c.neemOp(p, debet);
      const volume =
        ronde === 'C'
          ? debet
            ? -Math.abs(debet.volume_toewijzing ?? inToewijzingEenheid(p.volume, p.eenheid, t?.eenheid ?? null))
            : t
              ? -inToewijzingEenheid(p.volume, p.eenheid, t.eenheid)
              : null
          : t
            ? inToewijzingEenheid(p.volume, p.eenheid, t.eenheid)
            : null;
      uit[i] = {
        p,
        bevindingen,
        toegekend,
        toewijzing: t,
        product: c.product(p.productCategorie, p.productCode),
        debet: toegekend ? debet : undefined,
        verwachtTariefCents: t && ronde === 'D' ? verwachtTarief(p, c, t)?.perEenheid : undefined,
        volumeToewijzing: volume,
      };
    }
  }
  return uit;
}

export interface Beoordeling {
  kop: DeclaratieKop;
  declaratieBevindingen: Bevinding[];
  /** Empty when the Declaratie class is refused: its prestaties are not judged (IV087). */
  uitkomsten: Uitkomst[];
  perRegel: Map<string, Bevinding[]>;
}

const memo = new WeakMap<object, { db: Queryable; beoordeling: Promise<Beoordeling> }>();

/** The judgement of a whole (small) message, once per message object and transaction. */
export function beoordeling(bericht: JW323Bericht, db: Queryable): Promise<Beoordeling> {
  const m = memo.get(bericht);
  if (m && m.db === db) return m.beoordeling;
  const b = bereken(bericht, db);
  memo.set(bericht, { db, beoordeling: b });
  return b;
}

async function bereken(bericht: JW323Bericht, db: Queryable): Promise<Beoordeling> {
  const kop = leesKop(bericht);
  const declaratieBevindingen = await beoordeelDeclaratie(kop, db);
  let uitkomsten: Uitkomst[] = [];
  if (declaratieBevindingen.length === 0) {
    const prestaties = leesPrestaties(bericht);
    const c = await DeclaratieContext.laad(db, kop, prestaties);
    uitkomsten = beoordeelPrestaties(c, prestaties);
  }
  const perRegel = new Map<string, Bevinding[]>();
  for (const b of [...declaratieBevindingen, ...uitkomsten.flatMap((u) => u.bevindingen)]) {
    const l = perRegel.get(b.regel);
    if (l) l.push(b);
    else perRegel.set(b.regel, [b]);
  }
  return { kop, declaratieBevindingen, uitkomsten, perRegel };
}

/** Regel.check of every declaration rule: report this rule's findings from the one judgement. */
export async function rapporteer(code: string, bericht: JW323Bericht, ctx: RegelContext): Promise<void> {
  if (!ctx.db) return; // cross-message rules need the transaction
  const b = await beoordeling(bericht, ctx.db);
  for (const f of b.perRegel.get(code) ?? []) {
    ctx.report({ retourcode: f.retourcode, klasse: f.klasse, klassePad: f.klassePad, pad: f.pad, melding: f.melding });
  }
}
