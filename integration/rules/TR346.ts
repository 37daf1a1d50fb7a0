import { prestaties } from './klassen.js';
import type { Regel } from './Regel.js';
import type { JW323, Prestatie } from './vorm.js';

/**
 * TR346: "Indien Eenheid ongelijk is aan waarde 83 (Euro's), moet IngediendBedrag gelijk zijn aan
 * GeleverdVolume vermenigvuldigd met ProductTarief." Toelichting: "Indien tarief per uur is afgesproken en
 * de declaratie in minuten wordt gedaan, vindt omrekening van het producttarief plaats. Indien het uurtarief
 * niet deelbaar is door 60, zal het berekende producttarief per minuut niet op hele eurocenten uitkomen. In
 * dat geval wordt bij de berekening van IngediendBedrag eerst het contractuele uurtarief vermenigvuldigd met
 * GeleverdVolume en daarna gedeeld door 60 en afgerond op 2 decimalen. Zie IV081." WJ001 9346: "[...] niet
 * gelijk aan GeleverdVolume vermenigvuldigd met (het onafgeronde) ProductTarief."
 *
 * Source: regels/technische-regels/externe-bon/TR346.md (JW323, retourcode 9346). All amounts in cents.
 * For Eenheid 01 (minuut) without the contract at hand, the amount is accepted when some hourly tariff that
 * rounds to ProductTarief per minute gives it (round(uurtarief × volume / 60), half up).
 */
export const TR346: Regel<JW323> = {
  code: 'TR346',
  titel: 'IngediendBedrag is GeleverdVolume × ProductTarief',
  retourcode: '9346',
  controleniveau: 'extern',
  berichten: ['JW323'],
  check(bericht, ctx) {
    for (const p of prestaties(bericht)) {
      if (!klopt(p.waarde)) {
        ctx.report({
          klasse: p.klasse,
          klassePad: p.klassePad,
          pad: `${p.klassePad}.IngediendBedrag.Bedrag`,
          melding: `IngediendBedrag ${p.waarde.IngediendBedrag?.Bedrag} is niet GeleverdVolume ${p.waarde.GeleverdVolume} × ProductTarief ${p.waarde.ProductTarief}`,
        });
      }
    }
  },
};

export function klopt(p: Prestatie): boolean {
  if (p.Eenheid === '83') return true;
  const bedrag = p.IngediendBedrag?.Bedrag;
  if (p.ProductTarief === undefined || p.GeleverdVolume === undefined || bedrag === undefined) return true; // CD087 / XSD
  const volume = Number(p.GeleverdVolume);
  const tarief = Number(p.ProductTarief);
  if (Number(bedrag) === volume * tarief) return true;
  if (p.Eenheid !== '01') return false;
  for (let uurtarief = 60 * tarief - 30; uurtarief < 60 * tarief + 30; uurtarief++) {
    if (Math.floor((uurtarief * volume) / 60 + 0.5) === Number(bedrag)) return true;
  }
  return false;
}
