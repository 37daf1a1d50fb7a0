import { prestatieRegel } from '../../declaraties/PrestatieRegel.js';

/**
 * TR340 (9340): "ProductCode in Prestatie moet gelijk zijn aan ProductCode in het ToegewezenProduct, indien
 * deze opgenomen is." Source: regels/technische-regels/berichtoverstijgend/TR340.md.
 */
export const TR340 = prestatieRegel({
  code: 'TR340',
  titel: 'ProductCode zoals toegewezen',
  retourcode: '9340',
  voor: 'debet',
  metToewijzing: true,
  beoordeel: ({ p, t }) =>
    t!.product_code === null || t!.product_code === p.productCode ? undefined : `ProductCode ${p.productCode}, toegewezen is ${t!.product_code}`,
});
