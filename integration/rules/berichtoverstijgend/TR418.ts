import { verwachtTarief } from '../../declaraties/tarief.js';
import { prestatieRegel } from '../../declaraties/PrestatieRegel.js';

/**
 * TR418 (0611): "ProductTarief in Prestatie dient overeen te komen met het contractuele tarief van
 * ProductCode." The tariff comes from the tariff table (contract × product, else the region's harmonised
 * tariff) of the allocation's contract; which period applies is decided in declaraties/tarief.ts (the
 * tariff valid on the ProductPeriode's Begindatum). A prestatie without ProductTarief (Eenheid 83, FAQ) has
 * nothing to compare. Source: regels/technische-regels/berichtoverstijgend/TR418.md, invulinstructies/IV081.
 */
export const TR418 = prestatieRegel({
  code: 'TR418',
  titel: 'ProductTarief is het contractuele tarief',
  retourcode: '0611',
  voor: 'debet',
  metToewijzing: true,
  beoordeel: ({ p, c, t }) => {
    if (p.tarief === undefined) return undefined;
    const v = verwachtTarief(p, c, t!);
    if (v === undefined) return `Geen contractueel tarief voor ${p.productCategorie}/${p.productCode} op ${p.begin}`;
    return v.perEenheid === p.tarief ? undefined : `ProductTarief ${p.tarief} is niet het contractuele tarief ${v.perEenheid} (geldig vanaf ${v.tarief.valid_from})`;
  },
});
