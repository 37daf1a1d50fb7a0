/**
 * The contractual tariff a prestatie must carry (TR418, IV081).
 *
 * A tariff change in the middle of a month. The standard makes the ProductPeriode a whole calendar month
 * (clipped only by the allocation: TR387/TR388, IV089), allows one debet prestatie per product per
 * ProductPeriode (TR389/TR416, FAQ "2 prestatieregels voor dezelfde productperiode": "Nee"), and one
 * ProductTarief per prestatie with IngediendBedrag = GeleverdVolume × ProductTarief (TR346). So a month
 * cannot be split at the change, and the volume before and after it is not known to the municipality.
 * Decision: the tariff valid on the ProductPeriode's Begindatum applies to the whole ProductPeriode; a new
 * tariff takes effect from the first ProductPeriode that begins on or after its valid_from. That is
 * deterministic, needs no volume split, and matches how yearly indexation (valid_from = 1 January)
 * lines up with months. When no tariff is valid on the Begindatum (a contract that starts within the
 * period), the first tariff period that begins within the ProductPeriode applies.
 * Contract tariff (contract × product) takes precedence over the region's harmonised tariff.
 *
 * Units: declared in minutes against an hourly product, the tariff per minute is the hourly tariff / 60
 * rounded half up to whole cents (IV081).
 */
import type { TariefRij } from './context.sql.js';
import type { DeclaratieContext, Toewijzing } from './DeclaratieContext.js';
import type { PrestatieInvoer } from './typen.js';

export interface VerwachtTarief {
  tarief: TariefRij;
  /** Per unit of the prestatie's Eenheid, cents. */
  perEenheid: number;
}

export function verwachtTarief(p: PrestatieInvoer, c: DeclaratieContext, t: Toewijzing): VerwachtTarief | undefined {
  const product = c.product(p.productCategorie, p.productCode);
  if (!product) return undefined;
  let tarief = c.tarief(product.id, t.contract_id, p.begin);
  if (!tarief) {
    const binnen = (c.tarieven.get(product.id) ?? []).filter((r) => r.valid_from > p.begin && r.valid_from <= p.eind);
    tarief = binnen.find((r) => r.contract_id === t.contract_id) ?? binnen.find((r) => r.contract_id === null);
  }
  if (!tarief) return undefined;
  const perEenheid = p.eenheid === '01' && product.unit === '04' ? Math.round(tarief.price_cents / 60) : tarief.price_cents;
  return { tarief, perEenheid };
}
