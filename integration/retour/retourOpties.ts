/** Options and shared helpers of the retour builders. */
import { randomBytes } from 'node:crypto';
import type { Bevinding } from '../rules/Regel.js';
import { vandaagInNederland } from '../rules/helpers.js';

export interface XsdVersie {
  BasisschemaXsdVersie: string;
  BerichtXsdVersie: string;
}

export interface RetourOpties {
  /** IdentificatieRetour (JW325: BerichtIdentificatie.Identificatie), max 12 characters; default random. */
  identificatie?: string;
  /** DagtekeningRetour (JW325: BerichtIdentificatie.Dagtekening); default today in Europe/Amsterdam. */
  dagtekening?: string;
  /** XsdVersieRetour (JW325: XsdVersie): the XSD versions this retourbericht is built with. */
  xsdVersie?: XsdVersie;
  /** XsltVersie; IV028 requires it when the official XSLTs rejected the message. */
  xsltVersie?: string;
  /** klassePaden (of the heenbericht) that were not assessed: they and their sub-classes get 0233. */
  nietBeoordeeld?: readonly string[];
  /**
   * IV028/IV087: "Indien het bericht niet valideert tegen het XSD krijgt de afzender een foutmelding. Er
   * wordt geen retourbericht verzonden." 'geenRetour' (default) follows that; 'header0001' builds a Header
   * with 0001 anyway (for transports that must answer every message).
   */
  bijXsdAfkeur?: 'geenRetour' | 'header0001';
}

/** The XSD versions of the official examples (all 1.0.0). */
export const STANDAARD_XSD_VERSIE: XsdVersie = Object.freeze({ BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' });

export const GEEN_OPMERKING = '0200';
export const NIET_BEOORDEELD = '0233';
export const TECHNISCH_AFGEKEURD = '0001';

export function identificatieRetour(opts: RetourOpties): string {
  return opts.identificatie ?? randomBytes(6).toString('hex');
}

export function dagtekeningRetour(opts: RetourOpties): string {
  return opts.dagtekening ?? vandaagInNederland();
}

/** How the findings decide the shape of the retourbericht (IV028 / IV087). */
export type Uitkomst =
  | { soort: 'goedgekeurd' }
  | { soort: 'xsd' }
  | { soort: 'technisch' } // level 2 (or 1 with header0001): Header with 0001 only
  | { soort: 'header'; codes: string[] } // level 3/4 on the Header: Header with those codes only
  | { soort: 'klassen' }; // level 3/4 below the Header: Header 0200 plus the classes with their codes

const isTechnisch = (b: Bevinding) =>
  b.controleniveau === 'xsd' || b.controleniveau === 'bericht' || (b.controleniveau === undefined && b.retourcode === TECHNISCH_AFGEKEURD);

export function uitkomst(bevindingen: readonly Bevinding[], opts: RetourOpties): Uitkomst {
  if (bevindingen.length === 0 && !(opts.nietBeoordeeld?.length)) return { soort: 'goedgekeurd' };
  if (bevindingen.some((b) => b.controleniveau === 'xsd') && (opts.bijXsdAfkeur ?? 'geenRetour') === 'geenRetour') return { soort: 'xsd' };
  if (bevindingen.some(isTechnisch)) return { soort: 'technisch' };
  const header = bevindingen.filter((b) => b.klassePad === 'Header');
  if (header.length > 0) return { soort: 'header', codes: uniek(header.map((b) => b.retourcode)) };
  return { soort: 'klassen' };
}

export function uniek(codes: readonly string[]): string[] {
  return [...new Set(codes)];
}

/** Whether `pad` is `voorouder` itself or lies below it ('Client.X[1]' is below 'Client'). */
export function valtOnder(pad: string, voorouder: string): boolean {
  return pad === voorouder || pad.startsWith(`${voorouder}.`);
}

/** The retourcodes per klassePad, in the order the findings came. */
export function codesPerKlasse(bevindingen: readonly Bevinding[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const b of bevindingen) {
    const lijst = m.get(b.klassePad) ?? [];
    if (!lijst.includes(b.retourcode)) lijst.push(b.retourcode);
    m.set(b.klassePad, lijst);
  }
  return m;
}
