import type { Regel } from '../Regel.js';
import type { JW317 } from '../vorm.js';
import { teWijzigenMetToewijzing } from './wijziging.js';

const TOTAAL_BINNEN_LOOPTIJD = '6'; // WMO757 Frequentie 6: totaal binnen geldigheidsduur toewijzing

/**
 * TR373 (9373): "Indien in een TeWijzigenProduct het Budget of het totaal over toewijzingsperiode wordt gewijzigd, dient
 * GewensteIngangsdatum gelijk te zijn aan de actuele toewijzing." Source: regels/technische-regels/berichtoverstijgend/TR373.md.
 * Changed: a Budget other than the allocation's, or an Omvang with Frequentie 6 other than the allocation's.
 */
export const TR373: Regel<JW317> = {
  code: 'TR373',
  titel: 'Budget of totaal gewijzigd: GewensteIngangsdatum is de ingangsdatum van de toewijzing',
  retourcode: '9373',
  controleniveau: 'berichtoverstijgend',
  berichten: ['JW317'],
  async check(bericht, ctx) {
    if (!ctx.db) return;
    for (const { k, t } of await teWijzigenMetToewijzing(ctx.db, bericht)) {
      const w = k.waarde;
      const budget = w.Budget !== undefined && w.Budget !== null && Number(w.Budget) !== t.budget_cents;
      const o = w.Omvang;
      const totaal = !!o && String(o.Frequentie) === TOTAAL_BINNEN_LOOPTIJD
        && (Number(o.Volume) !== t.volume || String(o.Eenheid) !== t.eenheid || t.frequentie !== TOTAAL_BINNEN_LOOPTIJD);
      if ((budget || totaal) && w.GewensteIngangsdatum !== t.ingangsdatum) {
        ctx.report({ klasse: k.klasse, klassePad: k.klassePad, pad: `${k.klassePad}.GewensteIngangsdatum`,
          melding: `${budget ? 'Budget' : 'totaal binnen de toewijzingsperiode'} gewijzigd, maar GewensteIngangsdatum ${w.GewensteIngangsdatum} is niet de ingangsdatum ${t.ingangsdatum} van toewijzing ${t.toewijzing_nummer}` });
      }
    }
  },
};
