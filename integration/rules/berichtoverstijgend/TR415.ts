import { stopProducten } from '../klassen.js';
import type { Regel } from '../Regel.js';
import type { JW307 } from '../vorm.js';
import { EERSTE_AANLEVERING, GEWIJZIGDE_AANLEVERING, TIJDELIJK_BEEINDIGD, stopSleutel, verwijderdeStopSleutels } from './levering.js';
import { eerdereStops } from './stops.js';

/**
 * TR415 (9415): "Er mag geen StopProduct zijn met gelijk Bsn, ToewijzingNummer, Begindatum en RedenBeeindiging <>
 * waarde 20, indien StatusAanlevering waarde 1 of 2 heeft." Source: regels/technische-regels/berichtoverstijgend/TR415.md.
 * A definitive stop is final: correcting it takes a removal (StatusAanlevering 3) first (IV008).
 */
export const TR415: Regel<JW307> = {
  code: 'TR415',
  titel: 'Geen stop na een definitieve stop op dezelfde start',
  retourcode: '9415',
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
      const definitief = (await eerdereStops(ctx.db, k, verwijderd)).find((r) => r.reden_beeindiging !== TIJDELIJK_BEEINDIGD);
      if (definitief) {
        ctx.report({ klasse: item.klasse, klassePad: item.klassePad, pad: item.klassePad,
          melding: `Deze start is al definitief gestopt (RedenBeeindiging ${definitief.reden_beeindiging}, Einddatum ${definitief.einddatum})` });
      }
    }
  },
};
