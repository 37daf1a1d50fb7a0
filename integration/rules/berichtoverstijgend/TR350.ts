import type { Regel } from '../Regel.js';
import type { JW317 } from '../vorm.js';
import { ongewijzigdeProducten } from '../klassen.js';
import { actueleToewijzingen, nummer } from './verzoeken.js';

/**
 * TR350 (9350): "Ieder OngewijzigdProduct in een verzoek om wijziging bericht is gerelateerd aan een actueel toegewezen product op basis van het ToewijzingNummer."
 * Source: regels/technische-regels/berichtoverstijgend/TR350.md. Actual: an allocation of this client at this provider in
 * this municipality, not removed, valid on or after the dagtekening.
 */
export const TR350: Regel<JW317> = {
  code: 'TR350',
  titel: 'OngewijzigdProduct gerelateerd aan een actuele toewijzing',
  retourcode: '9350',
  controleniveau: 'berichtoverstijgend',
  berichten: ['JW317'],
  async check(bericht, ctx) {
    if (!ctx.db) return;
    const actueel = await actueleToewijzingen(ctx.db, bericht);
    if (!actueel) return;
    const nummers = new Set(actueel.map((t) => t.toewijzing_nummer));
    for (const k of ongewijzigdeProducten(bericht)) {
      const n = nummer(k.waarde.ToewijzingNummer);
      if (n !== null && !nummers.has(n)) {
        ctx.report({ klasse: k.klasse, klassePad: k.klassePad, pad: `${k.klassePad}.ToewijzingNummer`, melding: `ToewijzingNummer ${n} is geen actuele toewijzing van deze client bij deze aanbieder` });
      }
    }
  },
};
