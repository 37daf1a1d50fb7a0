/**
 * Walkers over the message classes that carry RetourCodes in the retourberichten (see the JW302 ... JW325
 * XSDs), each with its klassePad: dotted element names with 0-based indexes on repeated elements,
 * e.g. 'Client.ToegewezenProducten.ToegewezenProduct[1]'. The Header's klassePad is 'Header'.
 */
import { gedeeld } from './berichtIndex.js';
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

/** Where a finding goes: a class and its klassePad (a Klasse, or a fixed one such as the Declaratie). */
export type Plek = Pick<Klasse<unknown>, 'klasse' | 'klassePad'>;

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

/**
 * A class whose klassePad is only spelled out when read: the big JW323/JW325 lists hold 100,000
 * prestaties, and a path string is needed only for the few that get a finding.
 */
class LuiKlasse<T> implements Klasse<T> {
  constructor(
    readonly waarde: T,
    readonly klasse: string,
    private readonly ouderPad: string,
    private readonly i: number,
  ) {}

  get klassePad(): string {
    return `${this.ouderPad}.${this.klasse}[${this.i}]`;
  }
}

/** A Prestatie with its Client; `nr` is its position among all prestaties of the message. */
export type PrestatieKlasse = Klasse<Prestatie> & { readonly client: Klasse<DeclaratieClient>; readonly nr: number };

class LuiePrestatie extends LuiKlasse<Prestatie> implements PrestatieKlasse {
  constructor(
    waarde: Prestatie,
    ouderPad: string,
    i: number,
    readonly client: Klasse<DeclaratieClient>,
    readonly nr: number,
  ) {
    super(waarde, 'Prestatie', ouderPad, i);
  }
}

/**
 * The Client classes of a JW323 (under Declaratie) or JW325 (under DeclaratieAntwoord); built once per
 * rule run (berichtIndex.ts).
 */
export function declaratieClienten(b: JW323 | JW325): readonly Klasse<DeclaratieClient>[] {
  return gedeeld(b, 'declaratieClienten', () => {
    const [clienten, pad] =
      'Declaratie' in b && b.Declaratie
        ? [b.Declaratie.Clienten?.Client, 'Declaratie.Clienten']
        : 'DeclaratieAntwoord' in b && b.DeclaratieAntwoord
          ? [b.DeclaratieAntwoord.Clienten?.Client, 'DeclaratieAntwoord.Clienten']
          : [undefined, ''];
    return lijst(clienten).map((waarde, i) => new LuiKlasse(waarde, 'Client', pad, i));
  });
}

/** Every Prestatie of a JW323/JW325, with the Client it belongs to, in message order; built once per rule run. */
export function prestaties(b: JW323 | JW325): readonly PrestatieKlasse[] {
  return gedeeld(b, 'prestaties', () => {
    const uit: PrestatieKlasse[] = [];
    for (const client of declaratieClienten(b)) {
      const lijstVan = lijst(client.waarde.Prestaties?.Prestatie);
      if (lijstVan.length === 0) continue;
      const pad = `${client.klassePad}.Prestaties`;
      for (let i = 0; i < lijstVan.length; i++) uit.push(new LuiePrestatie(lijstVan[i]!, pad, i, client, uit.length));
    }
    return uit;
  });
}

/**
 * The prestaties grouped per Bsn (the Clients with the same Bsn together; a missing Bsn is a group of its
 * own), each group in message order. Rules that compare prestaties of one client use small per-group maps
 * instead of one map over the whole message. Built once per rule run.
 */
export function prestatiesPerBsn(b: JW323 | JW325): readonly (readonly PrestatieKlasse[])[] {
  return gedeeld(b, 'prestatiesPerBsn', () => {
    const groepen = new Map<string | null, PrestatieKlasse[]>();
    const alle = prestaties(b);
    for (let i = 0; i < alle.length; ) {
      const client = alle[i]!.client;
      const bsn = client.waarde.Bsn;
      const sleutel = bsn === undefined || bsn === null ? null : String(bsn);
      let groep = groepen.get(sleutel);
      if (!groep) groepen.set(sleutel, (groep = []));
      for (; i < alle.length && alle[i]!.client === client; i++) groep.push(alle[i]!);
    }
    return [...groepen.values()];
  });
}

/**
 * Within each group, every member whose key an earlier member of the same group already had, with that
 * first member; in message order (`nr`). A key of undefined leaves the member out.
 */
export function dubbelenPerGroep<K extends { readonly nr: number }>(
  groepen: readonly (readonly K[])[],
  sleutelVan: (k: K) => string | undefined,
): { k: K; eerder: K }[] {
  const uit: { k: K; eerder: K }[] = [];
  for (const groep of groepen) {
    const gezien = new Map<string, K>();
    for (const k of groep) {
      const s = sleutelVan(k);
      if (s === undefined) continue;
      const eerder = gezien.get(s);
      if (eerder === undefined) gezien.set(s, k);
      else uit.push({ k, eerder });
    }
  }
  return uit.sort((a, b) => a.k.nr - b.k.nr);
}
