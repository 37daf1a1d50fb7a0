import type { Regel } from './Regel.js';
import type { JW319 } from './vorm.js';

/**
 * CD085: "Als VerzoekAntwoord de waarde 1 (Verzoek afgewezen) heeft, dan vullen" (JW319
 * Antwoord.RedenAfwijzingVerzoek)
 *
 * Source: Condities_constraints_per_data-element.md (CD085). Retourcode 0001.
 */
export const CD085: Regel<JW319> = {
  code: 'CD085',
  titel: 'RedenAfwijzingVerzoek bij een afgewezen verzoek',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW319'],
  check(bericht, ctx) {
    const a = bericht.Antwoord;
    if (a?.VerzoekAntwoord === '1' && !a.RedenAfwijzingVerzoek) {
      ctx.report({ klasse: 'Antwoord', klassePad: 'Antwoord', pad: 'Antwoord.RedenAfwijzingVerzoek', melding: 'Verzoek afgewezen zonder RedenAfwijzingVerzoek' });
    }
  },
};
