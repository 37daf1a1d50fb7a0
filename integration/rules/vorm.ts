/**
 * The parts of the typed iJw 3.2 messages that the rules read: a structural subset of the types that
 * scripts/generate-codec.ts generates from the XSDs (property names = XSD element names, arrays where
 * maxOccurs > 1, codes as strings, amounts in integer cents, dates as 'YYYY-MM-DD').
 *
 * Everything is optional and read-only on purpose: rules run on schema-valid messages, but they must never
 * throw, and a generated type (where required elements are required) is assignable to these shapes.
 */

export interface BerichtIdentificatie {
  readonly Identificatie?: string;
  readonly Dagtekening?: string;
}

export interface Header {
  readonly BerichtCode?: string;
  readonly Afzender?: string;
  readonly Ontvanger?: string;
  readonly BerichtIdentificatie?: BerichtIdentificatie;
  /** JW325 only. */
  readonly DeclaratieIdentificatie?: BerichtIdentificatie;
}

export interface Product {
  readonly Categorie?: string;
  readonly Code?: string;
}

export interface Omvang {
  readonly Volume?: number;
  readonly Eenheid?: string;
  readonly Frequentie?: string;
}

export interface Geboortedatum {
  readonly Datum?: string;
  readonly DatumGebruik?: string;
}

export interface Achternaam {
  readonly Achternaam?: string;
  readonly Voorvoegsel?: string;
}

export interface Naam {
  readonly Geslachtsnaam?: Achternaam;
  readonly Partnernaam?: Achternaam;
  readonly NaamGebruik?: string;
}

export interface Adres {
  readonly Huis?: { readonly Huisnummer?: number | string };
  readonly Postcode?: string;
  readonly Straatnaam?: string;
  readonly Plaatsnaam?: string;
  readonly LandCode?: string;
}

export interface Contact {
  readonly Soort?: string;
  readonly Adres?: Adres;
  readonly Telefoon?: unknown;
  readonly Periode?: { readonly Begindatum?: string; readonly Einddatum?: string };
}

export interface Relatie {
  readonly Nummer?: number | string;
  readonly Geboortedatum?: Geboortedatum;
  readonly Naam?: Naam;
  readonly Contact?: Contact;
}

/** Toewijzing-like products: the elements shared by ToegewezenProduct, AangevraagdProduct, NieuwProduct ... */
export interface ToegewezenProduct {
  readonly ToewijzingNummer?: number | string;
  readonly ReferentieAanbieder?: string;
  readonly Product?: Product;
  readonly Toewijzingsdatum?: string;
  readonly Ingangsdatum?: string;
  readonly Einddatum?: string;
  readonly RedenWijziging?: string;
  readonly Omvang?: Omvang;
  readonly Budget?: number;
}

export interface JW301 {
  readonly Header?: Header;
  readonly Client?: {
    readonly Bsn?: string;
    readonly Geboortedatum?: Geboortedatum;
    readonly Naam?: Naam;
    readonly Communicatie?: { readonly Vorm?: string; readonly Taal?: string };
    readonly Relaties?: { readonly Relatie?: readonly Relatie[] };
    readonly Contactgegevens?: { readonly Contact?: readonly Contact[] };
    readonly ToegewezenProducten?: { readonly ToegewezenProduct?: readonly ToegewezenProduct[] };
  };
}

export interface StartProduct {
  readonly ToewijzingNummer?: number | string;
  readonly Product?: Product;
  readonly ToewijzingIngangsdatum?: string;
  readonly Begindatum?: string;
  readonly StatusAanlevering?: string;
}

export interface StopProduct extends StartProduct {
  readonly RedenBeeindiging?: string;
  readonly Einddatum?: string;
}

export interface ClientKort {
  readonly Bsn?: string;
  readonly Geboortedatum?: Geboortedatum;
}

export interface JW305 {
  readonly Header?: Header;
  readonly Client?: ClientKort & { readonly StartProducten?: { readonly StartProduct?: readonly StartProduct[] } };
}

export interface JW307 {
  readonly Header?: Header;
  readonly Client?: ClientKort & { readonly StopProducten?: { readonly StopProduct?: readonly StopProduct[] } };
}

export interface AangevraagdProduct {
  readonly ReferentieAanbieder?: string;
  readonly BeschikkingNummer?: number | string;
  readonly Product?: Product;
  readonly BeschikkingIngangsdatum?: string;
  readonly ToewijzingIngangsdatum?: string;
  readonly ToewijzingEinddatum?: string;
  readonly Omvang?: Omvang;
  readonly Budget?: number;
  readonly Verwijzer?: { readonly Type?: string; readonly Naam?: string; readonly ZorgverlenerCode?: string };
}

export interface JW315 {
  readonly Header?: Header;
  readonly Client?: ClientKort & {
    readonly AangevraagdeProducten?: { readonly AangevraagdProduct?: readonly AangevraagdProduct[] };
  };
}

export interface TeWijzigenProduct {
  readonly ToewijzingNummer?: number | string;
  readonly GewensteIngangsdatum?: string;
  readonly Einddatum?: string;
  readonly Omvang?: Omvang;
  readonly Budget?: number;
}

export interface NieuwProduct {
  readonly Product?: Product;
  readonly GewensteIngangsdatum?: string;
  readonly Einddatum?: string;
  readonly Omvang?: Omvang;
  readonly Budget?: number;
}

export interface Verzoek {
  readonly ReferentieAanbieder?: string;
  readonly RedenVerzoek?: string;
  readonly OngewijzigdeProducten?: { readonly OngewijzigdProduct?: readonly { readonly ToewijzingNummer?: number | string }[] };
  readonly TeWijzigenProducten?: { readonly TeWijzigenProduct?: readonly TeWijzigenProduct[] };
  readonly NieuweProducten?: { readonly NieuwProduct?: readonly NieuwProduct[] };
}

export interface JW317 {
  readonly Header?: Header;
  readonly Client?: { readonly Bsn?: string; readonly Verzoek?: Verzoek };
}

export interface JW319 {
  readonly Header?: Header;
  readonly Antwoord?: {
    readonly ReferentieAanbieder?: string;
    readonly VerzoekAntwoord?: string;
    readonly RedenAfwijzingVerzoek?: string;
    readonly Woonplaatsbeginsel?: { readonly Gemeente?: string };
  };
}

export interface BedragMetDC {
  readonly Bedrag?: number;
  readonly DebetCredit?: string;
}

export interface TotaalBedragMetDC {
  readonly TotaalBedrag?: number;
  readonly DebetCredit?: string;
}

export interface Periode {
  readonly Begindatum?: string;
  readonly Einddatum?: string;
}

export interface Prestatie {
  readonly ProductReferentie?: { readonly ReferentieNummer?: string; readonly VorigReferentieNummer?: string };
  readonly ToewijzingNummer?: number | string;
  readonly ProductCategorie?: string;
  readonly ProductCode?: string;
  readonly ProductPeriode?: Periode;
  readonly GeleverdVolume?: number;
  readonly Eenheid?: string;
  readonly ProductTarief?: number;
  readonly IngediendBedrag?: BedragMetDC;
}

export interface DeclaratieClient {
  readonly Bsn?: string;
  readonly Prestaties?: { readonly Prestatie?: readonly Prestatie[] };
}

export interface JW323 {
  readonly Header?: Header;
  readonly Declaratie?: {
    readonly DeclaratieNummer?: string;
    readonly DeclaratiePeriode?: Periode;
    readonly DeclaratieDagtekening?: string;
    readonly TotaalIngediendBedrag?: TotaalBedragMetDC;
    readonly Clienten?: { readonly Client?: readonly DeclaratieClient[] };
  };
}

export interface JW325 {
  readonly Header?: Header & { readonly RetourCodes?: { readonly RetourCode?: readonly string[] } };
  readonly DeclaratieAntwoord?: {
    readonly DeclaratieNummer?: string;
    readonly TotaalIngediendBedrag?: TotaalBedragMetDC;
    readonly TotaalToegekendBedrag?: TotaalBedragMetDC;
    readonly Clienten?: { readonly Client?: readonly DeclaratieClient[] };
    readonly RetourCodes?: { readonly RetourCode?: readonly string[] };
  };
}

/** Any heen- or declaration message: what the cross-message-type rules (TR135, TR378) read. */
export interface MetHeader {
  readonly Header?: Header;
}
