import type { Regel } from './Regel.js';
import type { JW301 } from './vorm.js';

/**
 * CD007: "Als Communicatie / Vorm de waarde 1 (tolk taal) heeft, dan verplicht vullen, anders leeglaten."
 * (JW301 Client.Communicatie.Taal)
 *
 * Source: Condities_constraints_per_data-element.md (CD007). Retourcode 0001.
 */
export const CD007: Regel<JW301> = {
  code: 'CD007',
  titel: 'Taal alleen en altijd bij Vorm 1 (tolk taal)',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW301'],
  check(bericht, ctx) {
    const c = bericht.Client?.Communicatie;
    if (!c) return;
    if ((c.Vorm === '1') !== !!c.Taal) {
      ctx.report({
        klasse: 'Client',
        klassePad: 'Client',
        pad: 'Client.Communicatie.Taal',
        melding: c.Vorm === '1' ? 'Vorm 1 (tolk taal) zonder Taal' : `Taal gevuld bij Vorm ${c.Vorm}`,
      });
    }
  },
};
