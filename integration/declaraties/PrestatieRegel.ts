/**
 * The two shapes of a declaration rule (integration/rules/berichtoverstijgend/TR3xx.ts):
 * - a PrestatieRegel judges one Prestatie in memory against the batched DeclaratieContext;
 * - a DeclaratieRegel judges the Declaratie class once per message (TR333, TR318).
 * Both are ordinary `Regel`s for the registry: their `check` reports this rule's findings from the one
 * judgement of the whole message (beoordeling.ts), which runs every declaration rule once, in order.
 */
import type { JW323Bericht } from '../ijw/generated/JW323.generated.js';
import type { Queryable, Regel, RegelContext } from '../rules/Regel.js';
import type { EerderePrestatieRij } from './context.sql.js';
import type { DeclaratieContext, Toewijzing } from './DeclaratieContext.js';
import type { DeclaratieKop, PrestatieInvoer } from './typen.js';

export interface PrestatieOordeel {
  p: PrestatieInvoer;
  c: DeclaratieContext;
  /** The allocation (undefined only for TR338 itself: rules with metToewijzing never see it missing). */
  t: Toewijzing | undefined;
  /** For a credit: the approved debet it reverses (TR323), when found. */
  debet: EerderePrestatieRij | undefined;
}

export interface PrestatieRegel extends Regel<JW323Bericht> {
  readonly soort: 'prestatie';
  /** Which prestaties the rule judges. Credits are copies of an approved debet (IV091): only their own rules apply. */
  readonly voor: 'debet' | 'credit' | 'beide';
  /** Skipped when the prestatie has no allocation (TR338 already rejects it). */
  readonly metToewijzing: boolean;
  /** A melding when violated. */
  beoordeel(o: PrestatieOordeel): string | undefined;
}

export interface DeclaratieRegel extends Regel<JW323Bericht> {
  readonly soort: 'declaratie';
  beoordeelDeclaratie(kop: DeclaratieKop, db: Queryable): Promise<string | undefined>;
}

export type DeclaratieRegelDef = Omit<DeclaratieRegel, 'controleniveau' | 'berichten' | 'check' | 'soort'>;
export type PrestatieRegelDef = Omit<PrestatieRegel, 'controleniveau' | 'berichten' | 'check' | 'soort'>;

/**
 * beoordeling.ts imports the rule list, which imports the rules, which are built here: loading it lazily
 * keeps that cycle out of module initialisation.
 */
async function rapporteerLui(code: string, b: JW323Bericht, ctx: RegelContext): Promise<void> {
  const { rapporteer } = await import('./beoordeling.js');
  return rapporteer(code, b, ctx);
}

export function prestatieRegel(def: PrestatieRegelDef): PrestatieRegel {
  return Object.freeze({ ...def, soort: 'prestatie', controleniveau: 'berichtoverstijgend', berichten: ['JW323'] as const, check: (b: JW323Bericht, ctx: RegelContext) => rapporteerLui(def.code, b, ctx) });
}

export function declaratieRegel(def: DeclaratieRegelDef): DeclaratieRegel {
  return Object.freeze({ ...def, soort: 'declaratie', controleniveau: 'berichtoverstijgend', berichten: ['JW323'] as const, check: (b: JW323Bericht, ctx: RegelContext) => rapporteerLui(def.code, b, ctx) });
}
