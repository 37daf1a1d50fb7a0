import { sleutel } from './helpers.js';
import { dubbelenPerGroep, prestatiesPerBsn, type PrestatieKlasse } from './klassen.js';
import type { Regel } from './Regel.js';
import type { JW323 } from './vorm.js';

/**
 * TR416: "Prestatie met DebetCredit in IngediendBedrag waarde Debet mag alleen ingezonden worden voor
 * dezelfde ProductPeriode, ProductCategorie en ProductCode met gelijk ToewijzingNummer als er niet al een
 * Prestatie met waarde Debet is."
 *
 * Source: regels/technische-regels/xslt/TR416.md (lists WMO323). iJw: JW323 Prestatie, compared within the
 * same Client (Bsn): a ToewijzingNummer belongs to one client. The second and later debets of a key are
 * reported, in message order.
 */
export const TR416: Regel<JW323> = {
  code: 'TR416',
  titel: 'Eén debetprestatie per ProductPeriode, product en toewijzing',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW323'],
  check(bericht, ctx) {
    const debetSleutel = ({ waarde: w }: PrestatieKlasse) =>
      w.IngediendBedrag?.DebetCredit !== 'D'
        ? undefined
        : sleutel(w.ToewijzingNummer, w.ProductCategorie, w.ProductCode, w.ProductPeriode?.Begindatum, w.ProductPeriode?.Einddatum);
    for (const { k: p, eerder } of dubbelenPerGroep(prestatiesPerBsn(bericht), debetSleutel)) {
      ctx.report({
        klasse: p.klasse,
        klassePad: p.klassePad,
        pad: `${p.klassePad}.IngediendBedrag.DebetCredit`,
        melding: `Er is al een debetprestatie voor dezelfde ProductPeriode, product en ToewijzingNummer (${eerder.klassePad})`,
      });
    }
  },
};
