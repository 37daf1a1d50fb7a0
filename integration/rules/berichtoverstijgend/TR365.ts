import type { Regel } from '../Regel.js';
import type { JW319 } from '../vorm.js';
import { KLASSE, verzoekenVanAntwoord } from './antwoord.js';

/**
 * TR365 (9365): "Als er al een antwoordbericht is met dezelfde ReferentieAanbieder dan moet VerzoekAntwoord daar de waarde 2
 * (Aanvraag in onderzoek) hebben." Source: regels/technische-regels/berichtoverstijgend/TR365.md. After a rejection
 * (VerzoekAntwoord 1) nothing more is answered on that reference (own output, checked before sending).
 */
export const TR365: Regel<JW319> = {
  code: 'TR365',
  titel: 'Een eerder antwoord moet "in onderzoek" zijn',
  retourcode: '9365',
  controleniveau: 'berichtoverstijgend',
  berichten: ['JW319'],
  async check(bericht, ctx) {
    if (!ctx.db) return;
    const v = await verzoekenVanAntwoord(ctx.db, bericht);
    if (v?.some((x) => x.status === 'afgewezen')) {
      ctx.report({ ...KLASSE, pad: 'Antwoord.ReferentieAanbieder', melding: `Verzoek ${bericht.Antwoord?.ReferentieAanbieder} is al afgewezen` });
    }
  },
};
