import type { Regel } from './Regel.js';
import type { JW301 } from './vorm.js';

/**
 * CS318: "NaamGebruik 6 (Niet-natuurlijk persoon) niet vullen." (JW301 Client.Naam)
 *
 * Source: regels/condities-constraints/Condities_constraints_per_data-element.md (CS318). The client is a
 * natural person; the XSD enumerates 6 because CDT_VolledigeNaam is shared with Relatie (see CS050).
 * Retourcode 0001 (in-message constraint, IV028 level 2).
 */
export const CS318: Regel<JW301> = {
  code: 'CS318',
  titel: 'Client: NaamGebruik niet 6 (niet-natuurlijk persoon)',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW301'],
  check(bericht, ctx) {
    if (String(bericht.Client?.Naam?.NaamGebruik) === '6') {
      ctx.report({ klasse: 'Client', klassePad: 'Client', pad: 'Client.Naam.NaamGebruik', melding: 'NaamGebruik 6 (niet-natuurlijk persoon) bij de client' });
    }
  },
};
