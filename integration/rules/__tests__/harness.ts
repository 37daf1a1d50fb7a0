/**
 * Folder-local test harness for the rules (graphql-js harness.ts style): start from the official example
 * message of a type, apply a small mutation to the typed object, run one rule, compare the findings.
 */
import { IJW_VOORBEELDEN_DIR, ijwVoorbeeld } from '../../../test/support/fixtures.js';
import type { BerichtType } from '../../ijw/berichttypen.js';
import { parse, type BerichtVan } from '../../ijw/codec.js';
import { maakBronnen } from '../bronnen.js';
import type { Bevinding, ExterneBronnen, Regel } from '../Regel.js';
import { runRegelsSync } from '../runRegels.js';

export const VOORBEELDEN_DIR = IJW_VOORBEELDEN_DIR;

/** A fixed 'today' after every example's Dagtekening, so TR135 is deterministic. */
export const VANDAAG = '2026-08-01';

/** Test sources: the real CBS list, a fixed date, and a product code list for municipality 0384 and 0363. */
export const testBronnen: ExterneBronnen = maakBronnen({
  vandaag: VANDAAG,
  productcodelijsten: {
    '0384': [
      { categorie: '55', code: '55A11' },
      { categorie: '55', code: '55A12' },
      { categorie: '45', code: '45A03' },
      { categorie: '45', code: '45A04' },
    ],
    '0363': [
      { categorie: '55', code: '55A11' },
      { categorie: '55', code: '55A12' },
    ],
  },
});

export function voorbeeldXml(type: BerichtType): string {
  return ijwVoorbeeld(type);
}

/**
 * The official example, parsed by the codec, with the corrections it needs to pass every in-message rule:
 * - JW317: NieuwProduct.Einddatum 2024-02-28 lies before GewensteIngangsdatum 2026-11-01 (CS003) and before
 *   the Dagtekening (TR380): set to 2027-02-28.
 * - JW323: Prestatie RN004 occurs twice for client 999900018 (TR101): the March one becomes RN005.
 * Every other example is used as published.
 */
export function basis<T extends BerichtType>(type: T): BerichtVan<T> {
  const b = parse(type, voorbeeldXml(type)) as BerichtVan<BerichtType>;
  if (type === 'JW317') {
    const n = (b as BerichtVan<'JW317'>).Client.Verzoek.NieuweProducten!.NieuwProduct[0]!;
    n.Einddatum = '2027-02-28';
  }
  if (type === 'JW323') {
    const p = (b as BerichtVan<'JW323'>).Declaratie.Clienten.Client[1]!.Prestaties.Prestatie[2]!;
    p.ProductReferentie.ReferentieNummer = 'RN005';
  }
  return b as BerichtVan<T>;
}

export type Mutatie<T extends BerichtType> = (b: BerichtVan<T>) => void;

export function bevindingen<T extends BerichtType>(
  regel: Regel,
  type: T,
  mutatie?: Mutatie<T>,
  bronnen: ExterneBronnen = testBronnen,
): Bevinding[] {
  const b = basis(type);
  mutatie?.(b);
  return runRegelsSync(type, b, { regels: [regel], bronnen, controleniveaus: [regel.controleniveau] });
}

export function expectValid<T extends BerichtType>(regel: Regel, type: T, mutatie?: Mutatie<T>, bronnen?: ExterneBronnen): void {
  expect(bevindingen(regel, type, mutatie, bronnen)).toEqual([]);
}

/** Compares regel, retourcode, klasse, klassePad and pad of each finding (melding is free text). */
export function expectFindings<T extends BerichtType>(
  regel: Regel,
  type: T,
  mutatie: Mutatie<T>,
  verwacht: readonly Pick<Bevinding, 'klasse' | 'klassePad' | 'pad'>[],
  bronnen?: ExterneBronnen,
): void {
  const gevonden = bevindingen(regel, type, mutatie, bronnen);
  expect(gevonden.map(({ regel: r, retourcode, klasse, klassePad, pad }) => ({ regel: r, retourcode, klasse, klassePad, pad }))).toEqual(
    verwacht.map((v) => ({ regel: regel.code, retourcode: regel.retourcode, ...v })),
  );
  for (const b of gevonden) expect(b.melding).toEqual(expect.any(String));
}
