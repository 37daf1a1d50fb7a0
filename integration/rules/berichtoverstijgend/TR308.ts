import { prestatieRegel } from '../../declaraties/PrestatieRegel.js';

/**
 * TR308 (9308): "Einddatum in ProductPeriode in Prestatie moet kleiner dan of gelijk zijn aan Einddatum in
 * ToegewezenProduct, indien die gevuld is." Source: regels/technische-regels/berichtoverstijgend/TR308.md.
 */
export const TR308 = prestatieRegel({
  code: 'TR308',
  titel: 'ProductPeriode eindigt niet na de Einddatum van de toewijzing',
  retourcode: '9308',
  voor: 'debet',
  metToewijzing: true,
  beoordeel: ({ p, t }) =>
    t!.einddatum === null || p.eind <= t!.einddatum
      ? undefined
      : `ProductPeriode eindigt ${p.eind}, na Einddatum ${t!.einddatum} van toewijzing ${p.toewijzingNummer}`,
});
