import { one } from '../../store/SqlQuery.js';
import { findActueleStart, findActueleStop } from '../../zorg/levering.sql.js';
import { startProducten, stopProducten } from '../klassen.js';
import type { Regel } from '../Regel.js';
import type { JW305, JW307 } from '../vorm.js';
import { EERSTE_AANLEVERING, startSleutel, stopSleutel } from './levering.js';

/**
 * TR074 (9074): "Indien StatusAanlevering de waarde '1' bevat, dan moet de sleutel van de betreffende aanlevering
 * niet alleen uniek zijn binnen het bericht zelf, maar ook in combinatie met alle reeds ontvangen berichten."
 * Source: regels/technische-regels/berichtoverstijgend/TR074.md. Compared with the current deliveries: a delivery
 * removed with StatusAanlevering 3 is regarded as never sent, so its key may be delivered again (IV008). The
 * uniqueness within the message itself is the in-message rule's (TR101).
 */
export const TR074: Regel<JW305 | JW307> = {
  code: 'TR074',
  titel: 'Sleutel van een eerste aanlevering uniek over alle ontvangen berichten',
  retourcode: '9074',
  controleniveau: 'berichtoverstijgend',
  berichten: ['JW305', 'JW307'],
  async check(bericht, ctx) {
    if (!ctx.db) return;
    if ('StartProducten' in (bericht.Client ?? {})) {
      for (const item of startProducten(bericht as JW305)) {
        if (item.waarde.StatusAanlevering !== EERSTE_AANLEVERING) continue;
        const k = startSleutel(bericht, item.waarde);
        if (k && (await one(ctx.db, findActueleStart(k)))) {
          ctx.report({ klasse: item.klasse, klassePad: item.klassePad, pad: item.klassePad,
            melding: `Er is al een StartProduct ontvangen met deze sleutel (Begindatum ${k.begindatum})` });
        }
      }
      return;
    }
    for (const item of stopProducten(bericht as JW307)) {
      if (item.waarde.StatusAanlevering !== EERSTE_AANLEVERING) continue;
      const k = stopSleutel(bericht as JW307, item.waarde);
      if (k && (await one(ctx.db, findActueleStop(k)))) {
        ctx.report({ klasse: item.klasse, klassePad: item.klassePad, pad: item.klassePad,
          melding: `Er is al een StopProduct ontvangen met deze sleutel (Begindatum ${k.begindatum}, Einddatum ${k.einddatum})` });
      }
    }
  },
};
