import { run } from '../../store/SqlQuery.js';
import { findLopendeStarts, type StartRij } from '../../zorg/levering.sql.js';
import { startProducten } from '../klassen.js';
import type { Regel } from '../Regel.js';
import type { JW305 } from '../vorm.js';
import { EERSTE_AANLEVERING, startSleutel, verwijderdeSleutels } from './levering.js';

/**
 * TR326 (9326): "Een Startbericht mag pas verstuurd worden als er géén actueel Startbericht bij een
 * ToegewezenProduct is." Source: regels/technische-regels/berichtoverstijgend/TR326.md.
 * Actueel = not ended by a current stop with the same key and not removed (IV008). A start that this same message
 * removes (StatusAanlevering 3, the correction path of IV008) no longer counts.
 */
export const TR326: Regel<JW305> = {
  code: 'TR326',
  titel: 'Geen nieuwe start zolang er een actuele start bij het toegewezen product is',
  retourcode: '9326',
  controleniveau: 'berichtoverstijgend',
  berichten: ['JW305'],
  async check(bericht, ctx) {
    if (!ctx.db) return;
    const items = startProducten(bericht);
    const verwijderd = verwijderdeSleutels(bericht, items);
    for (const item of items) {
      if (item.waarde.StatusAanlevering !== EERSTE_AANLEVERING) continue;
      const k = startSleutel(bericht, item.waarde);
      if (!k) continue;
      const lopend = (await run<StartRij & Record<string, unknown>>(ctx.db, findLopendeStarts(k))).filter(
        (s) => !verwijderd.some((v) => v.toewijzingNummer === k.toewijzingNummer && v.begindatum === s.begindatum),
      );
      if (lopend.length > 0) {
        ctx.report({ klasse: item.klasse, klassePad: item.klassePad, pad: item.klassePad,
          melding: `De levering die op ${lopend[0]!.begindatum} startte is nog niet gestopt met een Stopbericht` });
      }
    }
  },
};
