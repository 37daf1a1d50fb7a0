import { stopProducten } from '../klassen.js';
import type { Regel } from '../Regel.js';
import type { JW307 } from '../vorm.js';
import { EERSTE_AANLEVERING, GEWIJZIGDE_AANLEVERING, stopSleutel, verwijderdeStopSleutels } from './levering.js';
import { eerdereStops } from './stops.js';

/**
 * TR414 (9414): "Als er al een StopProduct voor hetzelfde Bsn, ToewijzingNummer en Begindatum is, dan moet Einddatum
 * >= zijn aan Einddatum uit actuele StopProduct." Source: regels/technische-regels/berichtoverstijgend/TR414.md.
 * Applied to new deliveries (StatusAanlevering 1/2); a removal carries the key of the stop it removes.
 */
export const TR414: Regel<JW307> = {
  code: 'TR414',
  titel: 'Einddatum niet voor die van de actuele stop',
  retourcode: '9414',
  controleniveau: 'berichtoverstijgend',
  berichten: ['JW307'],
  async check(bericht, ctx) {
    if (!ctx.db) return;
    const items = stopProducten(bericht);
    const verwijderd = verwijderdeStopSleutels(bericht, items);
    for (const item of items) {
      const s = item.waarde;
      if (s.StatusAanlevering !== EERSTE_AANLEVERING && s.StatusAanlevering !== GEWIJZIGDE_AANLEVERING) continue;
      const k = stopSleutel(bericht, s);
      if (!k) continue;
      const laatste = (await eerdereStops(ctx.db, k, verwijderd))[0]; // ordered by einddatum DESC
      if (laatste && k.einddatum < laatste.einddatum) {
        ctx.report({ klasse: item.klasse, klassePad: item.klassePad, pad: `${item.klassePad}.Einddatum`,
          melding: `Einddatum ${k.einddatum} ligt voor Einddatum ${laatste.einddatum} van de actuele stop` });
      }
    }
  },
};
