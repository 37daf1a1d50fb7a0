/**
 * Walkers over the message classes that carry RetourCodes in the retourberichten (see the JW302 ... JW325
 * XSDs), each with its klassePad: dotted element names with 0-based indexes on repeated elements,
 * e.g. 'Client.ToegewezenProducten.ToegewezenProduct[1]'. The Header's klassePad is 'Header'.
 */
import { lijst } from './helpers.js';
import type {
  AangevraagdProduct,
  Contact,
  DeclaratieClient,
  JW301,
  JW305,
  JW307,
  JW315,
  JW317,
  JW323,
  JW325,
  NieuwProduct,
  Prestatie,
  Relatie,
  StartProduct,
  StopProduct,
  TeWijzigenProduct,
  ToegewezenProduct,
} from './vorm.js';

export interface Klasse<T> {
  waarde: T;
  /** The class name as the retourbericht XSD calls it ('ToegewezenProduct', 'Prestatie' ...). */
  klasse: string;
  klassePad: string;
}

function walk<T>(items: readonly T[] | T | undefined, klasse: string, pad: string): Klasse<T>[] {
  return lijst(items).map((waarde, i) => ({ waarde, klasse, klassePad: `${pad}.${klasse}[${i}]` }));
}

export const relaties = (b: JW301): Klasse<Relatie>[] => walk(b.Client?.Relaties?.Relatie, 'Relatie', 'Client.Relaties');

/** All Contact classes of a JW301: the client's (Contactgegevens) and each Relatie's. */
export function contacten(b: JW301): Klasse<Contact>[] {
  const eigen = walk(b.Client?.Contactgegevens?.Contact, 'Contact', 'Client.Contactgegevens');
  const vanRelaties = relaties(b).flatMap((r) =>
    r.waarde.Contact ? [{ waarde: r.waarde.Contact, klasse: 'Contact', klassePad: `${r.klassePad}.Contact` }] : [],
  );
  return [...eigen, ...vanRelaties];
}

export const toegewezenProducten = (b: JW301): Klasse<ToegewezenProduct>[] =>
  walk(b.Client?.ToegewezenProducten?.ToegewezenProduct, 'ToegewezenProduct', 'Client.ToegewezenProducten');

export const startProducten = (b: JW305): Klasse<StartProduct>[] =>
  walk(b.Client?.StartProducten?.StartProduct, 'StartProduct', 'Client.StartProducten');

export const stopProducten = (b: JW307): Klasse<StopProduct>[] =>
  walk(b.Client?.StopProducten?.StopProduct, 'StopProduct', 'Client.StopProducten');

export const aangevraagdeProducten = (b: JW315): Klasse<AangevraagdProduct>[] =>
  walk(b.Client?.AangevraagdeProducten?.AangevraagdProduct, 'AangevraagdProduct', 'Client.AangevraagdeProducten');

export const ongewijzigdeProducten = (b: JW317) =>
  walk(b.Client?.Verzoek?.OngewijzigdeProducten?.OngewijzigdProduct, 'OngewijzigdProduct', 'Client.Verzoek.OngewijzigdeProducten');

export const teWijzigenProducten = (b: JW317): Klasse<TeWijzigenProduct>[] =>
  walk(b.Client?.Verzoek?.TeWijzigenProducten?.TeWijzigenProduct, 'TeWijzigenProduct', 'Client.Verzoek.TeWijzigenProducten');

export const nieuweProducten = (b: JW317): Klasse<NieuwProduct>[] =>
  walk(b.Client?.Verzoek?.NieuweProducten?.NieuwProduct, 'NieuwProduct', 'Client.Verzoek.NieuweProducten');

/** The Client classes of a JW323 (under Declaratie) or JW325 (under DeclaratieAntwoord). */
export function declaratieClienten(b: JW323 | JW325): Klasse<DeclaratieClient>[] {
  if ('Declaratie' in b && b.Declaratie) return walk(b.Declaratie.Clienten?.Client, 'Client', 'Declaratie.Clienten');
  if ('DeclaratieAntwoord' in b && b.DeclaratieAntwoord)
    return walk(b.DeclaratieAntwoord.Clienten?.Client, 'Client', 'DeclaratieAntwoord.Clienten');
  return [];
}

/** Every Prestatie of a JW323/JW325, with the Client it belongs to. */
export function prestaties(b: JW323 | JW325): (Klasse<Prestatie> & { client: Klasse<DeclaratieClient> })[] {
  return declaratieClienten(b).flatMap((client) =>
    walk(client.waarde.Prestaties?.Prestatie, 'Prestatie', `${client.klassePad}.Prestaties`).map((p) => ({ ...p, client })),
  );
}
