import { one } from '../../store/SqlQuery.js';
import { findActueleStart, findActueleStop } from '../../zorg/levering.sql.js';
import { startProducten, stopProducten } from '../klassen.js';
import type { Regel } from '../Regel.js';
import type { JW305, JW307 } from '../vorm.js';
import { VERWIJDEREN, startSleutel, stopSleutel } from './levering.js';

/**
 * TR063 (9063): "Indien StatusAanlevering de waarde 3 (aanlevering verwijderen) bevat, dan moet voor de betreffende
 * Client een eerdere aanlevering met dezelfde logische sleutel verstuurd zijn."
 * Source: regels/technische-regels/berichtoverstijgend/TR063.md. The earlier delivery must still be current: one that
 * was removed already counts as never sent (IV008). Keys: Bsn + ToewijzingNummer + Product + Begindatum
 * (+ RedenBeeindiging + Einddatum for a StopProduct).
 */
export const TR063: Regel<JW305 | JW307> = {
  code: 'TR063',
  titel: 'Verwijderen alleen van een eerdere aanlevering met dezelfde sleutel',
  retourcode: '9063',
  controleniveau: 'berichtoverstijgend',
  berichten: ['JW305', 'JW307'],
  async check(bericht, ctx) {
    if (!ctx.db) return;
    if ('StartProducten' in (bericht.Client ?? {})) {
      for (const item of startProducten(bericht as JW305)) {
        if (item.waarde.StatusAanlevering !== VERWIJDEREN) continue;
        const k = startSleutel(bericht, item.waarde);
        if (k && !(await one(ctx.db, findActueleStart(k)))) {
          ctx.report({ klasse: item.klasse, klassePad: item.klassePad, pad: `${item.klassePad}.StatusAanlevering`,
            melding: `Geen eerder StartProduct met deze sleutel (ToewijzingNummer ${k.toewijzingNummer ?? '-'}, Begindatum ${k.begindatum})` });
        }
      }
      return;
    }
    for (const item of stopProducten(bericht as JW307)) {
      if (item.waarde.StatusAanlevering !== VERWIJDEREN) continue;
      const k = stopSleutel(bericht as JW307, item.waarde);
      if (k && !(await one(ctx.db, findActueleStop(k)))) {
        ctx.report({ klasse: item.klasse, klassePad: item.klassePad, pad: `${item.klassePad}.StatusAanlevering`,
          melding: `Geen eerder StopProduct met deze sleutel (ToewijzingNummer ${k.toewijzingNummer ?? '-'}, Begindatum ${k.begindatum}, Einddatum ${k.einddatum})` });
      }
    }
  },
};
