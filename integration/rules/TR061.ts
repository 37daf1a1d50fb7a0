import { lijst } from './helpers.js';
import type { Regel } from './Regel.js';
import type { JW301 } from './vorm.js';

const SOORTEN = ['01', '02', '03'];

/**
 * TR061: "Bij een Client moet minimaal één Adres voorkomen waarvan Soort de waarde '01' (BRP-adres),
 * '02' (Correspondentie-adres) of '03' (Verblijfadres) heeft."
 *
 * Source: regels/technische-regels/xslt/TR061.md (lists WMO301). iJw: JW301 Client.Contactgegevens.Contact
 * with Soort (LDT_AdresSoort, COD757).
 */
export const TR061: Regel<JW301> = {
  code: 'TR061',
  titel: 'Client heeft een BRP-, correspondentie- of verblijfadres',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW301'],
  check(bericht, ctx) {
    if (!bericht.Client) return;
    const contacten = lijst(bericht.Client.Contactgegevens?.Contact);
    if (contacten.some((c) => c.Soort !== undefined && SOORTEN.includes(c.Soort))) return;
    ctx.report({
      klasse: 'Client',
      klassePad: 'Client',
      pad: 'Client.Contactgegevens',
      melding: "Client heeft geen Contact met Soort '01', '02' of '03'",
    });
  },
};
