import { inToewijzingEenheid } from '../../declaraties/DeclaratieContext.js';
import { omvangInPeriode } from '../../declaraties/omvang.js';
import { prestatieRegel } from '../../declaraties/PrestatieRegel.js';

/**
 * TR322 (9322): "Indien in het ToegewezenProduct een Omvang is meegegeven, moet de som van GeleverdVolume in
 * alle ingediende Prestaties die betrekking hebben op dat ToegewezenProduct passen binnen de toegewezen
 * Omvang." Toelichting: "mag het maximale volume berekend over de loopduur van de toewijzing niet
 * overstijgen." The sum counts approved prestaties (credits subtract: toewijzing_verbruik plus this
 * message so far). Without an Einddatum the loopduur, and so the maximum, is unbounded except for
 * frequency 6 (totaal). Source: regels/technische-regels/berichtoverstijgend/TR322.md.
 */
export const TR322 = prestatieRegel({
  code: 'TR322',
  titel: 'Som van GeleverdVolume past binnen de toegewezen Omvang',
  retourcode: '9322',
  voor: 'debet',
  metToewijzing: true,
  beoordeel: ({ p, c, t }) => {
    const tw = t!;
    if (tw.volume === null || tw.frequentie === null) return undefined;
    if (tw.einddatum === null && tw.frequentie !== '6') return undefined;
    const max = omvangInPeriode(tw.volume, tw.frequentie, tw.ingangsdatum, tw.einddatum ?? tw.ingangsdatum);
    if (max === undefined) return undefined;
    const totaal = c.verbruiktVolume(tw) + inToewijzingEenheid(p.volume, p.eenheid, tw.eenheid);
    return totaal <= max + 1e-9 ? undefined : `Totaal gedeclareerd volume ${totaal} is meer dan de toegewezen ${max} over de looptijd`;
  },
});
