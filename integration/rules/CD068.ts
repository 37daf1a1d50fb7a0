import { gevuld } from './helpers.js';
import { aangevraagdeProducten } from './klassen.js';
import type { Regel } from './Regel.js';
import type { JW315 } from './vorm.js';

/** Verwijzer types 02 huisarts, 03 jeugdarts, 04 gecertificeerde instelling, 05 medisch specialist (CD066–CD068). */
const VERWIJZERS_MET_AGB: ReadonlySet<string> = new Set(['02', '03', '04', '05']);

/**
 * CD068: "Als type verwijzer ongelijk is aan 02, 03, 04 of 05, dan is ZorgverlenerCode leeg." (JW315
 * AangevraagdProduct.Verwijzer.ZorgverlenerCode)
 *
 * Source: regels/condities-constraints/Condities_constraints_per_data-element.md (CD068): types 01
 * (gemeente), 06 (zelfverwijzer/geen verwijzer), 08 (rechter, OvJ, JJI). Retourcode 0001 (in-message
 * condition, IV028 level 2).
 */
export const CD068: Regel<JW315> = {
  code: 'CD068',
  titel: 'Verwijzer: ZorgverlenerCode leeg bij een type anders dan 02–05',
  retourcode: '0001',
  controleniveau: 'bericht',
  berichten: ['JW315'],
  check(bericht, ctx) {
    for (const k of aangevraagdeProducten(bericht)) {
      const v = k.waarde.Verwijzer;
      if (v && !VERWIJZERS_MET_AGB.has(String(v.Type)) && gevuld(v.ZorgverlenerCode)) {
        ctx.report({ klasse: k.klasse, klassePad: k.klassePad, pad: `${k.klassePad}.Verwijzer.ZorgverlenerCode`, melding: `ZorgverlenerCode gevuld bij Verwijzer type ${v.Type}` });
      }
    }
  },
};
