import { prestaties } from './klassen.js';
import type { Regel } from './Regel.js';
import type { JW323 } from './vorm.js';

/**
 * TR316: "Debetregels mogen niet in hetzelfde bericht gecrediteerd worden." Toelichting:
 * "VorigReferentieNummer mag geen waarde bevatten gelijk aan ReferentieNummer van een Prestatie in hetzelfde
 * bestand. Creditering van een debet prestatie in hetzelfde bericht is niet toegestaan."
 *
 * Source: regels/technische-regels/xslt/TR316.md (lists WMO323). iJw: JW323 Prestatie.ProductReferentie.
 */
export const TR316: Regel<JW323> = {
  code: 'TR316',
  titel: 'Geen creditering van een debetregel uit hetzelfde bericht',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW323'],
  check(bericht, ctx) {
    const alle = prestaties(bericht);
    if (!alle.some((p) => p.waarde.ProductReferentie?.VorigReferentieNummer)) return; // no credits: nothing to compare
    const referenties = new Set(alle.map((p) => p.waarde.ProductReferentie?.ReferentieNummer).filter(Boolean));
    for (const p of alle) {
      const vorig = p.waarde.ProductReferentie?.VorigReferentieNummer;
      if (vorig && referenties.has(vorig)) {
        ctx.report({
          klasse: p.klasse,
          klassePad: p.klassePad,
          pad: `${p.klassePad}.ProductReferentie.VorigReferentieNummer`,
          melding: `VorigReferentieNummer ${vorig} verwijst naar een Prestatie in hetzelfde bericht`,
        });
      }
    }
  },
};
