import { laatsteVanMaand } from '../../declaraties/datums.js';
import { prestatieRegel } from '../../declaraties/PrestatieRegel.js';

/**
 * TR388 (9388): "De Einddatum van een ProductPeriode is altijd de laatste dag van de kalendermaand waarop
 * de ProductPeriode betrekking heeft tenzij de Einddatum van de toewijzing eerder in de betreffende maand
 * ligt." The month the ProductPeriode concerns is the month of its Begindatum, so a ProductPeriode never
 * spans two months. Source: regels/technische-regels/berichtoverstijgend/TR388.md.
 */
export const TR388 = prestatieRegel({
  code: 'TR388',
  titel: 'ProductPeriode eindigt op de laatste van de maand of op de Einddatum',
  retourcode: '9388',
  voor: 'debet',
  metToewijzing: true,
  beoordeel: ({ p, t }) => {
    const laatste = laatsteVanMaand(p.begin);
    const eind = t!.einddatum;
    const verwacht = eind !== null && eind < laatste && eind.slice(0, 7) === p.begin.slice(0, 7) ? eind : laatste;
    return p.eind === verwacht ? undefined : `ProductPeriode moet eindigen op ${verwacht}, niet ${p.eind}`;
  },
});
