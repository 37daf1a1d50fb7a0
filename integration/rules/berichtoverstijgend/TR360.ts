import type { Regel } from '../Regel.js';
import type { JW319 } from '../vorm.js';
import { IN_ONDERZOEK, KLASSE, verzoekenVanAntwoord } from './antwoord.js';

/**
 * TR360 (9360): "Een antwoordbericht met in VerzoekAntwoord de waarde 2 (Aanvraag in onderzoek), mag alleen gestuurd
 * worden indien er nog geen antwoordbericht is met deze ReferentieAanbieder."
 * Source: regels/technische-regels/berichtoverstijgend/TR360.md (own output, checked before sending).
 */
export const TR360: Regel<JW319> = {
  code: 'TR360',
  titel: 'Aanvraag in onderzoek alleen als eerste antwoord',
  retourcode: '9360',
  controleniveau: 'berichtoverstijgend',
  berichten: ['JW319'],
  async check(bericht, ctx) {
    if (!ctx.db || bericht.Antwoord?.VerzoekAntwoord !== IN_ONDERZOEK) return;
    const v = await verzoekenVanAntwoord(ctx.db, bericht);
    if (v?.some((x) => x.onderzoek_bericht_id !== null || x.status === 'afgewezen')) {
      ctx.report({ ...KLASSE, pad: 'Antwoord.VerzoekAntwoord', melding: `Er is al een antwoordbericht met ReferentieAanbieder ${bericht.Antwoord?.ReferentieAanbieder}` });
    }
  },
};
