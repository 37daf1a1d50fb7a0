/**
 * The toewijzing-like products the CD07x/CD04x conditions read: ToegewezenProduct, AangevraagdProduct, NieuwProduct,
 * TeWijzigenProduct; and the post-2020 Omvang conditions of CD080, CD095, CD096, CS338, CS343.
 */
import { gevuld } from './helpers.js';
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

/**
 * "Einddatum … groter dan 31-12-2020 of leeg": the condition under which CD080, CD095, CD096, CS338 and CS343
 * apply (products that end in 2020 or earlier keep the old Omvang rules). ISO dates compare as strings.
 */
export function eindNa2020(einddatum: string | undefined): boolean {
  return !gevuld(einddatum) || String(einddatum) > '2020-12-31';
}

/** The units CS338 and CS343 name: 14 (etmaal), 16 (dagdeel), 83 (euro's), 84 (stuks (inspanning)). */
export const EENHEDEN_MET_FREQUENTIE_2_4_6: ReadonlySet<string> = new Set(['14', '16', '83', '84']);
/** 2 (per week), 4 (per maand), 6 (totaal binnen geldigheidsduur toewijzing). */
export const FREQUENTIES_2_4_6: ReadonlySet<string> = new Set(['2', '4', '6']);

/** Whether an Omvang breaks the CS338/CS343 constraint for a product ending on `einddatum`. */
export function frequentieOngeldig(omvang: Omvang | undefined, einddatum: string | undefined): boolean {
  if (!omvang || !EENHEDEN_MET_FREQUENTIE_2_4_6.has(String(omvang.Eenheid)) || !eindNa2020(einddatum)) return false;
  return !FREQUENTIES_2_4_6.has(String(omvang.Frequentie));
}
