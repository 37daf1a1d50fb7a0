import { gevuld } from './helpers.js';
import { aangevraagdeProducten } from './klassen.js';
import type { Regel } from './Regel.js';
import type { JW315 } from './vorm.js';

/** Verwijzer types 02 huisarts, 03 jeugdarts, 04 gecertificeerde instelling, 05 medisch specialist (CD066–CD068). */
const VERWIJZERS_MET_AGB: ReadonlySet<string> = new Set(['02', '03', '04', '05']);

/**
 * CD067: "Als type verwijzer gelijk is aan 02, 03, 04 of 05 en ZorgverlenerCode is leeg, dan is
 * Naamverwijzer gevuld." (JW315 AangevraagdProduct.Verwijzer.Naam)
 *
 * Source: regels/condities-constraints/Condities_constraints_per_data-element.md (CD067). Retourcode 0001
 * (in-message condition, IV028 level 2).
 */
export const CD067: Regel<JW315> = {
  code: 'CD067',
  titel: 'Verwijzer: Naam gevuld bij type 02–05 zonder ZorgverlenerCode',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW315'],
  check(bericht, ctx) {
    for (const k of aangevraagdeProducten(bericht)) {
      const v = k.waarde.Verwijzer;
      if (v && VERWIJZERS_MET_AGB.has(String(v.Type)) && !gevuld(v.ZorgverlenerCode) && !gevuld(v.Naam)) {
        ctx.report({ klasse: k.klasse, klassePad: k.klassePad, pad: `${k.klassePad}.Verwijzer.Naam`, melding: `Verwijzer type ${v.Type} zonder ZorgverlenerCode en zonder Naam` });
      }
    }
  },
};
