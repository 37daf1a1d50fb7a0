import { startProducten, stopProducten } from '../klassen.js';
import type { Regel } from '../Regel.js';
import type { JW305, JW307 } from '../vorm.js';
import { VERWIJDEREN, startSleutel, toewijzingVoorLevering } from './levering.js';

/**
 * TR019 (9019): "Bij een output- of inspanningsgerichte werkwijze moet de melding van de start of de stop van de
 * ondersteuning gerelateerd zijn aan een toewijzing op basis van het ToewijzingNummer."
 * Source: regels/technische-regels/berichtoverstijgend/TR019.md. A StartProduct/StopProduct with a ToewijzingNummer
 * must refer to an allocation of this municipality for this provider and client that was not removed (JZ002 13).
 * Without ToewijzingNummer the delivery is taakgericht (IV096) and not related to an allocation. Removals
 * (StatusAanlevering 3) are not checked on content (TR063 toelichting).
 */
export const TR019: Regel<JW305 | JW307> = {
  code: 'TR019',
  titel: 'Start/stop gerelateerd aan een toewijzing op ToewijzingNummer',
  retourcode: '9019',
  controleniveau: 'berichtoverstijgend',
  berichten: ['JW305', 'JW307'],
  async check(bericht, ctx) {
    if (!ctx.db) return;
    const items = 'StartProducten' in (bericht.Client ?? {}) ? startProducten(bericht as JW305) : stopProducten(bericht as JW307);
    for (const item of items) {
      if (item.waarde.StatusAanlevering === VERWIJDEREN) continue;
      const k = startSleutel(bericht, item.waarde);
      if (!k || k.toewijzingNummer === null) continue;
      if (!(await toewijzingVoorLevering(ctx.db, k))) {
        ctx.report({
          klasse: item.klasse,
          klassePad: item.klassePad,
          pad: `${item.klassePad}.ToewijzingNummer`,
          melding: `Geen toewijzing ${k.toewijzingNummer} van gemeente ${k.gemeenteCode} voor deze aanbieder en client`,
        });
      }
    }
  },
};
