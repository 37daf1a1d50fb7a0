import { one } from '../../store/SqlQuery.js';
import { findActueleStart, type StartRij } from '../../zorg/levering.sql.js';
import { startProducten } from '../klassen.js';
import type { Regel } from '../Regel.js';
import type { JW305 } from '../vorm.js';
import { VERWIJDEREN, startSleutel } from './levering.js';

/**
 * TR071 (9071): "StatusAanlevering mag niet de waarde '3' bevatten als er voor de betreffende melding start zorg al
 * een stop zorg is verstuurd." Source: regels/technische-regels/berichtoverstijgend/TR071.md.
 * A current StopProduct refers to the start (stop_product.start_product_id); a removed stop does not count.
 */
export const TR071: Regel<JW305> = {
  code: 'TR071',
  titel: 'Geen verwijdering van een start waarvoor al een stop is verstuurd',
  retourcode: '9071',
  controleniveau: 'berichtoverstijgend',
  berichten: ['JW305'],
  async check(bericht, ctx) {
    if (!ctx.db) return;
    for (const item of startProducten(bericht)) {
      if (item.waarde.StatusAanlevering !== VERWIJDEREN) continue;
      const k = startSleutel(bericht, item.waarde);
      if (!k) continue;
      const start = await one<StartRij & Record<string, unknown>>(ctx.db, findActueleStart(k));
      if (start?.gestopt) {
        ctx.report({ klasse: item.klasse, klassePad: item.klassePad, pad: `${item.klassePad}.StatusAanlevering`,
          melding: `Het StartProduct met Begindatum ${k.begindatum} is al gestopt en kan niet verwijderd worden` });
      }
    }
  },
};
