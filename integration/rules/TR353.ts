import { lijst } from './helpers.js';
import type { Regel } from './Regel.js';
import type { JW317 } from './vorm.js';

/**
 * TR353: "Bij een verzoek om wijziging komt minstens 1 TeWijzigenProduct of NieuwProduct voor."
 *
 * Source: regels/technische-regels/xslt/TR353.md (lists WMO317). iJw: JW317 Verzoek.
 */
export const TR353: Regel<JW317> = {
  code: 'TR353',
  titel: 'Verzoek om wijziging bevat een TeWijzigenProduct of NieuwProduct',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW317'],
  check(bericht, ctx) {
    const verzoek = bericht.Client?.Verzoek;
    if (!verzoek) return;
    const aantal = lijst(verzoek.TeWijzigenProducten?.TeWijzigenProduct).length + lijst(verzoek.NieuweProducten?.NieuwProduct).length;
    if (aantal === 0) {
      ctx.report({
        klasse: 'Verzoek',
        klassePad: 'Client.Verzoek',
        pad: 'Client.Verzoek',
        melding: 'Verzoek bevat geen TeWijzigenProduct en geen NieuwProduct',
      });
    }
  },
};
