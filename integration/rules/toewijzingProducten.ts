/** The toewijzing-like products the CD07x/CD04x conditions read: ToegewezenProduct, AangevraagdProduct, NieuwProduct, TeWijzigenProduct. */
import { aangevraagdeProducten, nieuweProducten, teWijzigenProducten, toegewezenProducten, type Klasse } from './klassen.js';
import type { JW301, JW315, JW317, Omvang, Product } from './vorm.js';

export interface ToewijzingProduct {
  k: Klasse<unknown>;
  /** undefined for TeWijzigenProduct, which has no Product element. */
  product: Product | undefined;
  heeftProduct: boolean;
  einddatum: string | undefined;
  eindVeld: string;
  omvang: Omvang | undefined;
  budget: number | undefined;
}

export function toewijzingProducten(bericht: unknown): ToewijzingProduct[] {
  const b = bericht as JW301 & JW315 & JW317;
  const uit: ToewijzingProduct[] = [];
  for (const k of toegewezenProducten(b))
    uit.push({ k, product: k.waarde.Product, heeftProduct: true, einddatum: k.waarde.Einddatum, eindVeld: 'Einddatum', omvang: k.waarde.Omvang, budget: k.waarde.Budget });
  for (const k of aangevraagdeProducten(b))
    uit.push({ k, product: k.waarde.Product, heeftProduct: true, einddatum: k.waarde.ToewijzingEinddatum, eindVeld: 'ToewijzingEinddatum', omvang: k.waarde.Omvang, budget: k.waarde.Budget });
  for (const k of nieuweProducten(b))
    uit.push({ k, product: k.waarde.Product, heeftProduct: true, einddatum: k.waarde.Einddatum, eindVeld: 'Einddatum', omvang: k.waarde.Omvang, budget: k.waarde.Budget });
  for (const k of teWijzigenProducten(b))
    uit.push({ k, product: undefined, heeftProduct: false, einddatum: k.waarde.Einddatum, eindVeld: 'Einddatum', omvang: k.waarde.Omvang, budget: k.waarde.Budget });
  return uit;
}
