import type { Regel } from '../Regel.js';
import type { JW319 } from '../vorm.js';
import { KLASSE, verzoekenVanAntwoord } from './antwoord.js';

/**
 * TR355 (9355): "ReferentieAanbieder in het antwoordbericht komt voor in een eerder verzoek om toewijzing of verzoek om
 * wijziging." Source: regels/technische-regels/berichtoverstijgend/TR355.md. A JW319 is what the municipality sends: the
 * service checks its own answer with this rule before sending (integration/zorg/verzoeken.ts).
 */
export const TR355: Regel<JW319> = {
  code: 'TR355',
  titel: 'Antwoord verwijst naar een eerder verzoek',
  retourcode: '9355',
  controleniveau: 'berichtoverstijgend',
  berichten: ['JW319'],
  async check(bericht, ctx) {
    if (!ctx.db) return;
    const v = await verzoekenVanAntwoord(ctx.db, bericht);
    if (v && v.length === 0) {
      ctx.report({ ...KLASSE, pad: 'Antwoord.ReferentieAanbieder', melding: `Geen verzoek met ReferentieAanbieder ${bericht.Antwoord?.ReferentieAanbieder}` });
    }
  },
};
