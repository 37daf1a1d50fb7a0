import type { Regel } from './Regel.js';
import type { JW319 } from './vorm.js';

/**
 * CD086: "Als VerzoekAntwoord de waarde 2 (Aanvraag in onderzoek) heeft, dan leeg laten" (JW319
 * Antwoord.RedenAfwijzingVerzoek)
 *
 * Source: Condities_constraints_per_data-element.md (CD086). Retourcode 0001.
 */
export const CD086: Regel<JW319> = {
  code: 'CD086',
  titel: 'Geen RedenAfwijzingVerzoek bij een aanvraag in onderzoek',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW319'],
  check(bericht, ctx) {
    const a = bericht.Antwoord;
    if (a?.VerzoekAntwoord === '2' && a.RedenAfwijzingVerzoek) {
      ctx.report({ klasse: 'Antwoord', klassePad: 'Antwoord', pad: 'Antwoord.RedenAfwijzingVerzoek', melding: 'RedenAfwijzingVerzoek gevuld bij een aanvraag in onderzoek' });
    }
  },
};
