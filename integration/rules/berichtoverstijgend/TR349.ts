import type { Regel } from '../Regel.js';
import type { JW317 } from '../vorm.js';
import { ongewijzigdeProducten, teWijzigenProducten } from '../klassen.js';
import { actueleToewijzingen, nummer } from './verzoeken.js';

/**
 * TR349 (9349): "Het verzoek om wijziging bericht bevat alle actuele ToegewezenProducten van de client."
 * Source: regels/technische-regels/berichtoverstijgend/TR349.md. Actual = valid on or after the dagtekening or starting
 * later; removed allocations (13, and the old 01 with einddatum = ingangsdatum) do not count. Each must appear as an
 * OngewijzigdProduct or a TeWijzigenProduct. Allocations of this client at this provider only.
 */
export const TR349: Regel<JW317> = {
  code: 'TR349',
  titel: 'Verzoek om wijziging bevat alle actuele toegewezen producten',
  retourcode: '9349',
  controleniveau: 'berichtoverstijgend',
  berichten: ['JW317'],
  async check(bericht, ctx) {
    if (!ctx.db) return;
    const actueel = await actueleToewijzingen(ctx.db, bericht);
    if (!actueel) return;
    const genoemd = new Set([...ongewijzigdeProducten(bericht), ...teWijzigenProducten(bericht)].map((k) => nummer(k.waarde.ToewijzingNummer)));
    const ontbreekt = actueel.filter((t) => !(t.reden_wijziging === '01' && t.einddatum === t.ingangsdatum) && !genoemd.has(t.toewijzing_nummer));
    if (ontbreekt.length) {
      ctx.report({ klasse: 'Verzoek', klassePad: 'Client.Verzoek', pad: 'Client.Verzoek',
        melding: `Actuele toewijzing(en) ${ontbreekt.map((t) => t.toewijzing_nummer).join(', ')} ontbreken als OngewijzigdProduct of TeWijzigenProduct` });
    }
  },
};
