import { stopProducten } from '../klassen.js';
import type { Regel } from '../Regel.js';
import type { JW307 } from '../vorm.js';
import { EERSTE_AANLEVERING, GEWIJZIGDE_AANLEVERING, TIJDELIJK_BEEINDIGD, stopSleutel, verwijderdeStopSleutels } from './levering.js';
import { eerdereStops } from './stops.js';

/**
 * TR413 (9413): "Als er al een StopProduct voor hetzelfde Bsn, ToewijzingNummer, Begindatum en met RedenBeeindiging
 * waarde 20 is, dan moet RedenBeeindiging <> aan waarde 20 zijn, indien StatusAanlevering waarde 1 of 2 heeft."
 * Source: regels/technische-regels/berichtoverstijgend/TR413.md. After a temporary stop only a definitive stop follows.
 */
export const TR413: Regel<JW307> = {
  code: 'TR413',
  titel: 'Geen tweede tijdelijke stop op dezelfde start',
  retourcode: '9413',
  controleniveau: 'berichtoverstijgend',
  berichten: ['JW307'],
  async check(bericht, ctx) {
    if (!ctx.db) return;
    const items = stopProducten(bericht);
    const verwijderd = verwijderdeStopSleutels(bericht, items);
    for (const item of items) {
      const s = item.waarde;
      if (s.StatusAanlevering !== EERSTE_AANLEVERING && s.StatusAanlevering !== GEWIJZIGDE_AANLEVERING) continue;
      if (s.RedenBeeindiging !== TIJDELIJK_BEEINDIGD) continue;
      const k = stopSleutel(bericht, s);
      if (!k) continue;
      const eerder = (await eerdereStops(ctx.db, k, verwijderd)).find((r) => r.reden_beeindiging === TIJDELIJK_BEEINDIGD);
      if (eerder) {
        ctx.report({ klasse: item.klasse, klassePad: item.klassePad, pad: `${item.klassePad}.RedenBeeindiging`,
          melding: `Er is al een tijdelijke stop (20) met Einddatum ${eerder.einddatum} voor deze start` });
      }
    }
  },
};
