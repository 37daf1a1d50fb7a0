import type { Regel } from '../Regel.js';
import type { JW317 } from '../vorm.js';
import { teWijzigenMetToewijzing } from './wijziging.js';

/**
 * TR357 (9357): "Als GewensteIngangsdatum kleiner dan of gelijk is aan de dagtekening, dan is GewensteIngangsdatum gelijk
 * aan ingangsdatum van het originele ToegewezenProduct." Source: regels/technische-regels/berichtoverstijgend/TR357.md.
 * A change that does not start in the future applies to the whole period of the allocation.
 */
export const TR357: Regel<JW317> = {
  code: 'TR357',
  titel: 'GewensteIngangsdatum niet in de toekomst is de ingangsdatum van de toewijzing',
  retourcode: '9357',
  controleniveau: 'berichtoverstijgend',
  berichten: ['JW317'],
  async check(bericht, ctx) {
    const dagtekening = bericht.Header?.BerichtIdentificatie?.Dagtekening;
    if (!ctx.db || !dagtekening) return;
    for (const { k, t } of await teWijzigenMetToewijzing(ctx.db, bericht)) {
      const gewenst = k.waarde.GewensteIngangsdatum;
      if (gewenst && gewenst <= dagtekening && gewenst !== t.ingangsdatum) {
        ctx.report({ klasse: k.klasse, klassePad: k.klassePad, pad: `${k.klassePad}.GewensteIngangsdatum`,
          melding: `GewensteIngangsdatum ${gewenst} ligt niet na de dagtekening ${dagtekening} en is niet de ingangsdatum ${t.ingangsdatum} van toewijzing ${t.toewijzing_nummer}` });
      }
    }
  },
};
