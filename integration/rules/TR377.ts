import type { Regel } from './Regel.js';
import type { JW319 } from './vorm.js';

/**
 * TR377: "Indien RedenAfwijzingVerzoek de waarde 8 (Woonplaatsbeginsel) heeft, dan berichtklasse
 * Woonplaatsbeginsel opnemen."
 *
 * Source: regels/technische-regels/xslt/TR377.md (lists WMO319). iJw: JW319 Antwoord.
 */
export const TR377: Regel<JW319> = {
  code: 'TR377',
  titel: 'Woonplaatsbeginsel opnemen bij RedenAfwijzingVerzoek 8',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW319'],
  check(bericht, ctx) {
    const antwoord = bericht.Antwoord;
    if (antwoord?.RedenAfwijzingVerzoek === '8' && !antwoord.Woonplaatsbeginsel) {
      ctx.report({
        klasse: 'Antwoord',
        klassePad: 'Antwoord',
        pad: 'Antwoord.Woonplaatsbeginsel',
        melding: 'RedenAfwijzingVerzoek is 8 (Woonplaatsbeginsel) maar Woonplaatsbeginsel ontbreekt',
      });
    }
  },
};
