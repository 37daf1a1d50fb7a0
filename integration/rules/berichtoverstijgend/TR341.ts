import { prestatieRegel } from '../../declaraties/PrestatieRegel.js';

/**
 * TR341 (9341): "Eenheid in Prestatie moet passen bij Eenheid in het ToegewezenProduct."
 * Toelichting: "de eenheid in de declaratie [moet] gelijk zijn aan de eenheid uit de toewijzing. Bij
 * toewijzing in uren mag ook in minuten gedeclareerd worden. Voor aspecifieke of generieke toewijzingen
 * geldt dat de eenheid overeen dient te komen met de eenheid in de gemaakte contractafspraken."
 * Without an Omvang (budget allocation) the unit of the product in the region's product book is the
 * contract's unit. Source: regels/technische-regels/berichtoverstijgend/TR341.md.
 */
export const TR341 = prestatieRegel({
  code: 'TR341',
  titel: 'Eenheid past bij de toewijzing',
  retourcode: '9341',
  voor: 'debet',
  metToewijzing: true,
  beoordeel: ({ p, c, t }) => {
    const verwacht = t!.eenheid ?? c.product(p.productCategorie, p.productCode)?.unit;
    if (verwacht === undefined || p.eenheid === verwacht || (verwacht === '04' && p.eenheid === '01')) return undefined;
    return `Eenheid ${p.eenheid} past niet bij eenheid ${verwacht} van toewijzing ${p.toewijzingNummer}`;
  },
});
