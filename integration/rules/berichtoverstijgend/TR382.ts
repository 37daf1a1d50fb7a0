import { one } from '../../store/SqlQuery.js';
import { findActueleStart } from '../../zorg/levering.sql.js';
import { stopProducten } from '../klassen.js';
import type { Regel } from '../Regel.js';
import type { JW307 } from '../vorm.js';
import { VERWIJDEREN, startSleutel } from './levering.js';

/**
 * TR382 (9069): "De sleutelelementen uit het startbericht moeten in het stopbericht, waarin wordt aangegeven dat
 * de betreffende levering (tijdelijk) beeindigd wordt, ongewijzigd worden overgenomen."
 * Source: regels/technische-regels/berichtoverstijgend/TR382.md (retourcode 9069). WJ001 still lists 9069 under
 * TR069 ("Er is geen actueel startbericht met dezelfde sleutel"); iJw 3.2 has no TR069 file: TR382 is the rule that
 * produces 9069, so there is one rule for this code, not two.
 * A StopProduct (not a removal) must carry Bsn + ToewijzingNummer + Product + Begindatum of a current (not removed)
 * StartProduct. A start that was stopped temporarily stays the reference of the definitive stop (OP155).
 */
export const TR382: Regel<JW307> = {
  code: 'TR382',
  titel: 'Stop neemt de sleutel van een actuele start ongewijzigd over',
  retourcode: '9069',
  controleniveau: 'berichtoverstijgend',
  berichten: ['JW307'],
  async check(bericht, ctx) {
    if (!ctx.db) return;
    for (const item of stopProducten(bericht)) {
      if (item.waarde.StatusAanlevering === VERWIJDEREN) continue;
      const k = startSleutel(bericht, item.waarde);
      if (k && !(await one(ctx.db, findActueleStart(k)))) {
        ctx.report({ klasse: item.klasse, klassePad: item.klassePad, pad: `${item.klassePad}.Begindatum`,
          melding: `Geen actueel StartProduct met ToewijzingNummer ${k.toewijzingNummer ?? '-'}, product ${k.categorie ?? '-'}/${k.code ?? '-'} en Begindatum ${k.begindatum}` });
      }
    }
  },
};
