import { prestaties, type Plek } from './klassen.js';
import type { Regel } from './Regel.js';
import type { JW323 } from './vorm.js';

/**
 * TR315: "VorigReferentieNummer van de Prestatie moet uniek zijn in het bericht."
 *
 * Source: regels/technische-regels/xslt/TR315.md (lists WMO323). iJw: JW323 Prestatie.ProductReferentie.
 */
export const TR315: Regel<JW323> = {
  code: 'TR315',
  titel: 'VorigReferentieNummer uniek in het bericht',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW323'],
  check(bericht, ctx) {
    const gezien = new Map<string, Plek>();
    for (const p of prestaties(bericht)) {
      const vorig = p.waarde.ProductReferentie?.VorigReferentieNummer;
      if (!vorig) continue;
      const eerder = gezien.get(vorig);
      if (eerder === undefined) {
        gezien.set(vorig, p);
        continue;
      }
      ctx.report({
        klasse: p.klasse,
        klassePad: p.klassePad,
        pad: `${p.klassePad}.ProductReferentie.VorigReferentieNummer`,
        melding: `VorigReferentieNummer ${vorig} komt ook voor bij ${eerder.klassePad}`,
      });
    }
  },
};
