import { one } from '../../store/SqlQuery.js';
import { toegewezenProducten } from '../klassen.js';
import type { Regel } from '../Regel.js';
import type { JW301 } from '../vorm.js';
import { nummer } from './verzoeken.js';

/**
 * TR332 (9332): "Ieder ToegewezenProduct binnen één gemeente heeft een uniek nummer per wettelijk domein."
 * Source: regels/technische-regels/berichtoverstijgend/TR332.md. The number is unique in `toewijzing`
 * (toewijzing_nummer_uniq); on a JW301 (our own output, checked before sending) each ToewijzingNummer must belong to an
 * allocation of this client at this provider, never to another one.
 */
export const TR332: Regel<JW301> = {
  code: 'TR332',
  titel: 'ToewijzingNummer uniek binnen de gemeente',
  retourcode: '9332',
  controleniveau: 'berichtoverstijgend',
  berichten: ['JW301'],
  async check(bericht, ctx) {
    const gemeente = bericht.Header?.Afzender;
    const agb = bericht.Header?.Ontvanger;
    const bsn = bericht.Client?.Bsn;
    if (!ctx.db || !gemeente || !agb || !bsn) return;
    for (const k of toegewezenProducten(bericht)) {
      const n = nummer(k.waarde.ToewijzingNummer);
      if (n === null) continue;
      const t = await one<{ aanbieder_agb: string; bsn: string }>(ctx.db, {
        text: `SELECT t.aanbieder_agb, c.bsn FROM toewijzing t JOIN client c ON c.gemeente_code = t.gemeente_code AND c.id = t.client_id
               WHERE t.gemeente_code = $1 AND t.toewijzing_nummer = $2`,
        values: [gemeente, n],
      });
      if (t && (t.aanbieder_agb !== agb || t.bsn !== bsn)) {
        ctx.report({ klasse: k.klasse, klassePad: k.klassePad, pad: `${k.klassePad}.ToewijzingNummer`, melding: `ToewijzingNummer ${n} hoort bij een andere toewijzing van gemeente ${gemeente}` });
      }
    }
  },
};
