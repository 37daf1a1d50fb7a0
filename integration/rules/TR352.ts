import { lijst } from './helpers.js';
import type { Regel } from './Regel.js';
import type { JW317 } from './vorm.js';

/**
 * TR352: "Bij een verzoek om wijziging komt minstens 1 OngewijzigdProduct of TeWijzigenProduct voor."
 *
 * Source: regels/technische-regels/xslt/TR352.md (lists WMO317). iJw: JW317 Verzoek.
 */
export const TR352: Regel<JW317> = {
  code: 'TR352',
  titel: 'Verzoek om wijziging bevat een OngewijzigdProduct of TeWijzigenProduct',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW317'],
  check(bericht, ctx) {
    const verzoek = bericht.Client?.Verzoek;
    if (!verzoek) return;
    const aantal =
      lijst(verzoek.OngewijzigdeProducten?.OngewijzigdProduct).length + lijst(verzoek.TeWijzigenProducten?.TeWijzigenProduct).length;
    if (aantal === 0) {
      ctx.report({
        klasse: 'Verzoek',
        klassePad: 'Client.Verzoek',
        pad: 'Client.Verzoek',
        melding: 'Verzoek bevat geen OngewijzigdProduct en geen TeWijzigenProduct',
      });
    }
  },
};
