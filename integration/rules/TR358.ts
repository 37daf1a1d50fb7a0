import { getekend } from './helpers.js';
import { prestaties } from './klassen.js';
import type { Regel } from './Regel.js';
import type { JW323 } from './vorm.js';

/**
 * TR358: "De waarde van TotaalBedrag in TotaalIngediendBedrag moet gelijk zijn aan de SOM van de waarden
 * van Bedrag in Ingediendbedrag in alle onderliggende Prestaties, rekening houdend met indicatie
 * debet/credit." Toelichting: "Debetposten worden opgeteld, creditposten worden afgetrokken."
 *
 * Source: regels/technische-regels/xslt/TR358.md (lists WMO323). iJw: JW323 Declaratie.
 */
export const TR358: Regel<JW323> = {
  code: 'TR358',
  titel: 'TotaalIngediendBedrag is de som van de prestaties',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW323'],
  check(bericht, ctx) {
    const totaal = bericht.Declaratie?.TotaalIngediendBedrag;
    if (!totaal) return;
    const som = prestaties(bericht).reduce(
      (s, p) => s + getekend(p.waarde.IngediendBedrag?.Bedrag, p.waarde.IngediendBedrag?.DebetCredit),
      0,
    );
    const verwacht = getekend(totaal.TotaalBedrag, totaal.DebetCredit);
    if (som !== verwacht) {
      ctx.report({
        klasse: 'Declaratie',
        klassePad: 'Declaratie',
        pad: 'Declaratie.TotaalIngediendBedrag',
        melding: `TotaalIngediendBedrag (${verwacht} cent, getekend) is niet de som van de prestaties (${som} cent)`,
      });
    }
  },
};
