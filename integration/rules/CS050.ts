import { gevuld } from './helpers.js';
import { relaties } from './klassen.js';
import type { Regel } from './Regel.js';
import type { JW301, Naam } from './vorm.js';

/**
 * CS050: "Als Partnernaam gevuld is, dan NaamGebruik vullen met waarde 1, 2, 3 of 4. Anders waarde 1 of 6
 * vullen." Uitleg: "Indien geen Partnernaam gevuld is, wordt 1 (eigen naam) gevuld voor een persoon of 6
 * (niet-natuurlijk persoon) indien het een organisatie betreft (zie ook IV045)."
 *
 * Source: regels/condities-constraints/Condities_constraints_per_data-element.md (CS050), on Naam of the
 * Client and the Relatie in JW301. (6 for the Client is CS318's.) Retourcode 0001.
 */
export const CS050: Regel<JW301> = {
  code: 'CS050',
  titel: 'NaamGebruik past bij Partnernaam',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW301'],
  check(bericht, ctx) {
    const toets = (naam: Naam | undefined, klasse: string, klassePad: string) => {
      if (!naam || !gevuld(naam.NaamGebruik)) return;
      const gebruik = String(naam.NaamGebruik);
      const partner = naam.Partnernaam !== undefined && naam.Partnernaam !== null;
      const toegestaan = partner ? ['1', '2', '3', '4'] : ['1', '6'];
      if (!toegestaan.includes(gebruik)) {
        ctx.report({
          klasse,
          klassePad,
          pad: `${klassePad}.Naam.NaamGebruik`,
          melding: `NaamGebruik ${gebruik} ${partner ? 'met' : 'zonder'} Partnernaam (toegestaan: ${toegestaan.join(', ')})`,
        });
      }
    };
    toets(bericht.Client?.Naam, 'Client', 'Client');
    for (const r of relaties(bericht)) toets(r.waarde.Naam, r.klasse, r.klassePad);
  },
};
