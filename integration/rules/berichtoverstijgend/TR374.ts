import { run } from '../../store/SqlQuery.js';
import { findOpenVerzoeken } from '../../zorg/verzoek.sql.js';
import type { Regel } from '../Regel.js';
import type { JW315, JW317 } from '../vorm.js';

/**
 * TR374 (9374): "Een verzoek mag alleen worden verstuurd als er geen onderhanden verzoek is voor de betreffende client van
 * dezelfde aanbieder." Source: regels/technische-regels/berichtoverstijgend/TR374.md. A request is open until a JW319 with
 * VerzoekAntwoord 1 (afgewezen) or a JW301 with its ReferentieAanbieder was sent (verzoek.status ontvangen/onderzoek).
 * Reported on the Client (JW315) or the Verzoek (JW317).
 */
export const TR374: Regel<JW315 | JW317> = {
  code: 'TR374',
  titel: 'Geen nieuw verzoek zolang er een verzoek onderhanden is',
  retourcode: '9374',
  controleniveau: 'berichtoverstijgend',
  berichten: ['JW315', 'JW317'],
  async check(bericht, ctx) {
    const gemeente = bericht.Header?.Ontvanger;
    const agb = bericht.Header?.Afzender;
    const bsn = bericht.Client?.Bsn;
    if (!ctx.db || !gemeente || !agb || !bsn) return;
    const open = await run<{ referentie_aanbieder: string }>(ctx.db, findOpenVerzoeken(gemeente, bsn, agb));
    if (!open.length) return;
    const vow = 'Verzoek' in (bericht.Client ?? {});
    ctx.report({ klasse: vow ? 'Verzoek' : 'Client', klassePad: vow ? 'Client.Verzoek' : 'Client', pad: vow ? 'Client.Verzoek' : 'Client',
      melding: `Verzoek ${open[0]!.referentie_aanbieder} van deze aanbieder voor deze client is nog onderhanden` });
  },
};
