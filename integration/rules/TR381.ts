import {
  aangevraagdeProducten,
  nieuweProducten,
  prestaties,
  startProducten,
  stopProducten,
  toegewezenProducten,
  type Klasse,
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
    const producten: { product: Product | undefined; k: Klasse<unknown>; pad: string }[] = [
      ...[...toegewezenProducten(b), ...startProducten(b), ...stopProducten(b), ...aangevraagdeProducten(b), ...nieuweProducten(b)].map(
        (k) => ({ product: k.waarde.Product, k: k as Klasse<unknown>, pad: `${k.klassePad}.Product.Code` }),
      ),
      ...prestaties(b).map((k) => ({
        product: { Categorie: k.waarde.ProductCategorie, Code: k.waarde.ProductCode },
        k: k as Klasse<unknown>,
        pad: `${k.klassePad}.ProductCode`,
      })),
    ];
    for (const { product, k, pad } of producten) {
      if (!product?.Code || !product.Categorie) continue;
      if (ctx.bronnen.isProductcode(gemeente, product.Categorie, product.Code) === false) {
        ctx.report({
          klasse: k.klasse,
          klassePad: k.klassePad,
          pad,
          melding: `ProductCode ${product.Code} hoort volgens de productcodelijst van ${gemeente} niet bij categorie ${product.Categorie}`,
        });
      }
    }
  },
};
