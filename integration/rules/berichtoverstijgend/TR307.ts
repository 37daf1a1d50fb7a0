import { prestatieRegel } from '../../declaraties/PrestatieRegel.js';

/**
 * TR307 (9307): "Begindatum in ProductPeriode in Prestatie moet groter dan of gelijk zijn aan Ingangsdatum
 * in ToegewezenProduct." Source: regels/technische-regels/berichtoverstijgend/TR307.md.
 */
export const TR307 = prestatieRegel({
  code: 'TR307',
  titel: 'ProductPeriode begint niet voor de Ingangsdatum van de toewijzing',
  retourcode: '9307',
  voor: 'debet',
  metToewijzing: true,
  beoordeel: ({ p, t }) =>
    p.begin >= t!.ingangsdatum ? undefined : `ProductPeriode begint ${p.begin}, vóór Ingangsdatum ${t!.ingangsdatum} van toewijzing ${p.toewijzingNummer}`,
});
