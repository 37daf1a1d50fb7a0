import { one } from '../../store/SqlQuery.js';
import { findToewijzingMetReferentie } from '../../zorg/verzoek.sql.js';
import type { Regel } from '../Regel.js';
import type { JW319 } from '../vorm.js';
import { KLASSE } from './antwoord.js';

/**
 * TR359 (9359): "Als een antwoordbericht wordt verstuurd, mag er niet al eerder een toewijzingsbericht gestuurd zijn met
 * dezelfde ReferentieAanbieder." Source: regels/technische-regels/berichtoverstijgend/TR359.md (own output, checked before sending).
 */
export const TR359: Regel<JW319> = {
  code: 'TR359',
  titel: 'Geen antwoord na een toewijzing met dezelfde ReferentieAanbieder',
  retourcode: '9359',
  controleniveau: 'berichtoverstijgend',
  berichten: ['JW319'],
  async check(bericht, ctx) {
    const agb = bericht.Header?.Ontvanger;
    const ref = bericht.Antwoord?.ReferentieAanbieder;
    if (!ctx.db || !agb || !ref) return;
    if (await one(ctx.db, findToewijzingMetReferentie(agb, ref))) {
      ctx.report({ ...KLASSE, pad: 'Antwoord.ReferentieAanbieder', melding: `Er is al een toewijzing gestuurd met ReferentieAanbieder ${ref}` });
    }
  },
};
