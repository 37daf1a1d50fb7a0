import { contacten } from './klassen.js';
import type { Regel } from './Regel.js';
import type { JW301 } from './vorm.js';

/**
 * TR006: "De berichtklasse Contact moet een berichtelement Telefoon, en/of de combinatie Huis en Postcode
 * bevatten."
 *
 * Source: regels/technische-regels/xslt/TR006.md (lists WMO301). iJw: JW301 has the same Contact class
 * (Client.Contactgegevens.Contact and Relatie.Contact, with Adres.Huis, Adres.Postcode and Telefoon).
 */
export const TR006: Regel<JW301> = {
  code: 'TR006',
  titel: 'Contact bevat Telefoon en/of Huis en Postcode',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW301'],
  check(bericht, ctx) {
    for (const c of contacten(bericht)) {
      const { Telefoon, Adres } = c.waarde;
      if (Telefoon) continue;
      if (Adres?.Huis && Adres.Postcode) continue;
      ctx.report({
        klasse: c.klasse,
        klassePad: c.klassePad,
        pad: c.klassePad,
        melding: 'Contact bevat geen Telefoon en niet de combinatie Huis en Postcode',
      });
    }
  },
};
