import { aangevraagdeProducten, contacten, nieuweProducten, teWijzigenProducten, toegewezenProducten } from './klassen.js';
import type { Regel } from './Regel.js';
import type { JW301, JW315, JW317 } from './vorm.js';

/**
 * CS003: "Indien van toepassing vullen met een waarde die groter is dan, of gelijk is aan de Begindatum
 * (of Ingangsdatum) van de aangeduide periode."
 *
 * Source: Condities_constraints_per_data-element.md (CS003): JW301 Contact.Periode and
 * ToegewezenProduct.Einddatum, JW315 AangevraagdProduct.ToewijzingEinddatum, JW317 NieuwProduct.Einddatum
 * and TeWijzigenProduct.Einddatum (against GewensteIngangsdatum). Retourcode 0001.
 */
export const CS003: Regel<JW301 | JW315 | JW317> = {
  code: 'CS003',
  titel: 'Einddatum groter dan of gelijk aan Begindatum / Ingangsdatum',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW301', 'JW315', 'JW317'],
  check(bericht, ctx) {
    const b = bericht as JW301 & JW315 & JW317;
    const paren = [
      ...contacten(b).map((k) => ({ k, begin: k.waarde.Periode?.Begindatum, eind: k.waarde.Periode?.Einddatum, veld: 'Periode.Einddatum' })),
      ...toegewezenProducten(b).map((k) => ({ k, begin: k.waarde.Ingangsdatum, eind: k.waarde.Einddatum, veld: 'Einddatum' })),
      ...aangevraagdeProducten(b).map((k) => ({ k, begin: k.waarde.ToewijzingIngangsdatum, eind: k.waarde.ToewijzingEinddatum, veld: 'ToewijzingEinddatum' })),
      ...[...teWijzigenProducten(b), ...nieuweProducten(b)].map((k) => ({ k, begin: k.waarde.GewensteIngangsdatum, eind: k.waarde.Einddatum, veld: 'Einddatum' })),
    ];
    for (const { k, begin, eind, veld } of paren) {
      if (begin && eind && eind < begin) {
        ctx.report({ klasse: k.klasse, klassePad: k.klassePad, pad: `${k.klassePad}.${veld}`, melding: `${veld} ${eind} ligt voor ${begin}` });
      }
    }
  },
};
