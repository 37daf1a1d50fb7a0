import { prestatieRegel } from '../../declaraties/PrestatieRegel.js';

/**
 * TR339 (9339): "ProductCategorie in Prestatie moet gelijk zijn aan ProductCategorie in het
 * ToegewezenProduct indien deze opgenomen is." Source: regels/technische-regels/berichtoverstijgend/TR339.md.
 */
export const TR339 = prestatieRegel({
  code: 'TR339',
  titel: 'ProductCategorie zoals toegewezen',
  retourcode: '9339',
  voor: 'debet',
  metToewijzing: true,
  beoordeel: ({ p, t }) =>
    t!.product_categorie === null || t!.product_categorie === p.productCategorie
      ? undefined
      : `ProductCategorie ${p.productCategorie}, toegewezen is ${t!.product_categorie}`,
});
