import {
  aangevraagdeProducten,
  nieuweProducten,
  prestaties,
  startProducten,
  stopProducten,
  toegewezenProducten,
  type Plek,
} from './klassen.js';
import type { Regel } from './Regel.js';
import type { JW301, JW305, JW307, JW315, JW317, JW323, Product } from './vorm.js';

/**
 * TR381: "ProductCode vullen met een code die, volgens de gehanteerde productcodelijst, past bij de
 * ProductCategorie."
 *
 * Source: regels/technische-regels/externe-bon/TR381.md (JW301, 305, 307, 315, 317, 323; retourcode S329).
 * The code list is the municipality's: Header.Afzender of a JW301, Header.Ontvanger of the messages a
 * provider sends. Checked where a ProductCode is filled; reports nothing when ctx.bronnen knows no list
 * for that municipality.
 */
export const TR381: Regel<JW301 | JW305 | JW307 | JW315 | JW317 | JW323> = {
  code: 'TR381',
  titel: 'ProductCode past bij ProductCategorie volgens de productcodelijst',
  retourcode: 'S329',
  controleniveau: 'extern',
  berichten: ['JW301', 'JW305', 'JW307', 'JW315', 'JW317', 'JW323'],
  check(bericht, ctx) {
    const header = bericht.Header;
    const gemeente = String(header?.BerichtCode) === '436' ? header?.Afzender : header?.Ontvanger;
    if (!gemeente) return;
    const b = bericht as JW301 & JW305 & JW307 & JW315 & JW317 & JW323;
    const toets = (categorie: string | undefined, code: string | undefined, k: Plek, veld: string) => {
      if (!code || !categorie) return;
      if (ctx.bronnen.isProductcode(gemeente, categorie, code) === false) {
        ctx.report({
          klasse: k.klasse,
          klassePad: k.klassePad,
          pad: `${k.klassePad}.${veld}`,
          melding: `ProductCode ${code} hoort volgens de productcodelijst van ${gemeente} niet bij categorie ${categorie}`,
        });
      }
    };
    for (const k of [...toegewezenProducten(b), ...startProducten(b), ...stopProducten(b), ...aangevraagdeProducten(b), ...nieuweProducten(b)]) {
      const product: Product | undefined = k.waarde.Product;
      toets(product?.Categorie, product?.Code, k, 'Product.Code');
    }
    for (const k of prestaties(b)) toets(k.waarde.ProductCategorie, k.waarde.ProductCode, k, 'ProductCode');
  },
};
