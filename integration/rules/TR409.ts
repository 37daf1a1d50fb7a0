import type { Regel } from './Regel.js';
import type { JW319 } from './vorm.js';

/**
 * TR409: "Als RedenAfwijzingVerzoek ongelijk is aan 8 (Woonplaatsbeginsel), dan berichtklasse
 * Woonplaatsbeginsel weglaten"
 *
 * Source: regels/technische-regels/xslt/TR409.md (lists WMO319). iJw: JW319 Antwoord. An empty
 * RedenAfwijzingVerzoek is "ongelijk aan 8" too.
 */
export const TR409: Regel<JW319> = {
  code: 'TR409',
  titel: 'Woonplaatsbeginsel weglaten als RedenAfwijzingVerzoek niet 8 is',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW319'],
  check(bericht, ctx) {
    const antwoord = bericht.Antwoord;
    if (antwoord?.Woonplaatsbeginsel && antwoord.RedenAfwijzingVerzoek !== '8') {
      ctx.report({
        klasse: 'Antwoord',
        klassePad: 'Antwoord',
        pad: 'Antwoord.Woonplaatsbeginsel',
        melding: `Woonplaatsbeginsel is opgenomen maar RedenAfwijzingVerzoek is ${antwoord.RedenAfwijzingVerzoek ?? 'leeg'}`,
      });
    }
  },
};
