import type { Regel } from '../Regel.js';
import type { JW317 } from '../vorm.js';
import { teWijzigenProducten } from '../klassen.js';
import { actueleToewijzingen, nummer } from './verzoeken.js';

/**
 * TR351 (9351): "Ieder TeWijzigenProduct in een verzoek om wijziging is gerelateerd aan een actueel ToegewezenProduct op basis van ToewijzingNummer."
 * Source: regels/technische-regels/berichtoverstijgend/TR351.md. Actual: an allocation of this client at this provider in
 * this municipality, not removed, valid on or after the dagtekening.
 */
export const TR351: Regel<JW317> = {
  code: 'TR351',
  titel: 'TeWijzigenProduct gerelateerd aan een actuele toewijzing',
  retourcode: '9351',
  controleniveau: 'berichtoverstijgend',
  berichten: ['JW317'],
  async check(bericht, ctx) {
    if (!ctx.db) return;
    const actueel = await actueleToewijzingen(ctx.db, bericht);
    if (!actueel) return;
    const nummers = new Set(actueel.map((t) => t.toewijzing_nummer));
    for (const k of teWijzigenProducten(bericht)) {
      const n = nummer(k.waarde.ToewijzingNummer);
      if (n !== null && !nummers.has(n)) {
        ctx.report({ klasse: k.klasse, klassePad: k.klassePad, pad: `${k.klassePad}.ToewijzingNummer`, melding: `ToewijzingNummer ${n} is geen actuele toewijzing van deze client bij deze aanbieder` });
      }
    }
  },
};
