/**
 * The retourbericht (JW302, 306, 308, 316, 318, 320) for a heenbericht and its findings, as IV028
 * ("Hoe wordt een retourbericht opgesteld?") prescribes:
 * - no findings: only the Header, without RetourCodes;
 * - XSD failure: no retourbericht (unless `bijXsdAfkeur: 'header0001'`);
 * - in-message (xslt) failure: only the Header, with 0001;
 * - level 3/4 failure in the Header: only the Header, with those codes;
 * - level 3/4 failure below the Header: Header 0200 and the whole body copied unchanged, every class with
 *   RetourCodes: its own codes, 0233 when not assessed (`nietBeoordeeld`), else 0200.
 * Table-driven: the classes are the elements that have RetourCodes in the retour XSD.
 */
import { RETOUR_VAN, type Heenbericht, type Retourbericht } from '../ijw/berichttypen.js';
import type { BerichtVan } from '../ijw/codec.js';
import { BERICHT_SCHEMAS } from '../ijw/generated/index.generated.js';
import { isRepeated, type ElementDef } from '../ijw/schemaDef.js';
import type { Bevinding } from '../rules/Regel.js';
import {
  codesPerKlasse,
  dagtekeningRetour,
  GEEN_OPMERKING,
  identificatieRetour,
  NIET_BEOORDEELD,
  STANDAARD_XSD_VERSIE,
  TECHNISCH_AFGEKEURD,
  uitkomst,
  valtOnder,
  type RetourOpties,
} from './retourOpties.js';

/** BerichtCode of each retourbericht (the official examples; fixed by a pattern in each retour XSD). */
export const RETOUR_BERICHTCODE: Readonly<Record<Retourbericht, string>> = Object.freeze({
  JW302: '437',
  JW306: '439',
  JW308: '441',
  JW316: '447',
  JW318: '487',
  JW320: '489',
  JW325: '491',
});

type Obj = Record<string, unknown>;

export type HeenZonder325 = Exclude<Heenbericht, 'JW323'>;

export interface RetourResultaat<R extends Retourbericht = Retourbericht> {
  type: R;
  /** Undefined when no retourbericht is to be sent (XSD failure, IV028). */
  bericht?: BerichtVan<R>;
}

export function buildRetourbericht<H extends HeenZonder325>(
  type: H,
  heen: BerichtVan<H>,
  bevindingen: readonly Bevinding[],
  opts: RetourOpties = {},
): RetourResultaat<(typeof RETOUR_VAN)[H]> {
  const retourType = RETOUR_VAN[type] as (typeof RETOUR_VAN)[H];
  const u = uitkomst(bevindingen, opts);
  if (u.soort === 'xsd') return { type: retourType };
  const heenHeader = (heen as unknown as { Header: Obj }).Header;
  const header: Obj = {
    ...structuredClone(heenHeader),
    BerichtCode: RETOUR_BERICHTCODE[retourType],
    IdentificatieRetour: identificatieRetour(opts),
    DagtekeningRetour: dagtekeningRetour(opts),
    ...(opts.xsltVersie ? { XsltVersie: opts.xsltVersie } : {}),
    XsdVersieRetour: { ...(opts.xsdVersie ?? STANDAARD_XSD_VERSIE) },
  };
  const bericht: Obj = { Header: header };
  switch (u.soort) {
    case 'goedgekeurd':
      break;
    case 'technisch':
      header.RetourCodes = { RetourCode: [TECHNISCH_AFGEKEURD] };
      break;
    case 'header':
      header.RetourCodes = { RetourCode: u.codes };
      break;
    case 'klassen': {
      header.RetourCodes = { RetourCode: [GEEN_OPMERKING] };
      const codes = codesPerKlasse(bevindingen);
      const niet = opts.nietBeoordeeld ?? [];
      const codesVoor = (klassePad: string) =>
        codes.get(klassePad) ?? (niet.some((n) => valtOnder(klassePad, n)) ? [NIET_BEOORDEELD] : [GEEN_OPMERKING]);
      const defs = BERICHT_SCHEMAS[retourType].root.children!.filter((d) => d.name !== 'Header');
      for (const def of defs) {
        const waarde = (heen as unknown as Obj)[def.name];
        if (waarde === undefined) continue;
        bericht[def.name] = structuredClone(waarde);
      }
      markeer(defs, bericht, '', codesVoor);
      break;
    }
  }
  return { type: retourType, bericht: bericht as unknown as BerichtVan<(typeof RETOUR_VAN)[H]> };
}

/** Adds RetourCodes to every class instance (an element whose retour type has RetourCodes). */
export function markeer(defs: readonly ElementDef[], obj: Obj, basis: string, codesVoor: (klassePad: string) => string[]): void {
  for (const def of defs) {
    if (!def.children || def.name === 'RetourCodes') continue;
    const waarde = obj[def.name];
    if (waarde === undefined || waarde === null) continue;
    const items = isRepeated(def) ? (waarde as Obj[]) : [waarde as Obj];
    items.forEach((item, i) => {
      const pad = `${basis === '' ? '' : `${basis}.`}${def.name}${isRepeated(def) ? `[${i}]` : ''}`;
      if (def.children!.some((c) => c.name === 'RetourCodes')) item.RetourCodes = { RetourCode: codesVoor(pad) };
      markeer(def.children!, item, pad, codesVoor);
    });
  }
}
