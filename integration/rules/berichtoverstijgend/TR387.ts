import { eersteVanMaand } from '../../declaraties/datums.js';
import { prestatieRegel } from '../../declaraties/PrestatieRegel.js';

/**
 * TR387 (9387): "De Begindatum van een ProductPeriode is altijd de eerste dag van de kalendermaand waarop
 * de ProductPeriode betrekking heeft tenzij de Ingangsdatum van de toewijzing later in de betreffende
 * maand ligt." (IV089: then it is the Ingangsdatum.) Source: regels/technische-regels/berichtoverstijgend/TR387.md.
 */
export const TR387 = prestatieRegel({
  code: 'TR387',
  titel: 'ProductPeriode begint op de eerste van de maand of op de Ingangsdatum',
  retourcode: '9387',
  voor: 'debet',
  metToewijzing: true,
  beoordeel: ({ p, t }) => {
    const eerste = eersteVanMaand(p.begin);
    const ingang = t!.ingangsdatum;
    const verwacht = ingang > eerste && ingang.slice(0, 7) === p.begin.slice(0, 7) ? ingang : eerste;
    return p.begin === verwacht ? undefined : `ProductPeriode moet beginnen op ${verwacht}, niet ${p.begin}`;
  },
});
