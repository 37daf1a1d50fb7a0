/**
 * Message templates of the simulator and the demo traffic: JW315, JW317, JW305, JW307 (and JW323 for the processor's
 * warm-up) as typed objects, built to XML with the codec (`buildBericht`). The generator and the provider simulator
 * change sender, receiver, identification, dates and content on a copy (`sjabloon(type)`).
 *
 * The contents are those of the official iJw 3.2 example messages (Zorginstituut Nederland, iStandaarden iJw 3.2;
 * test/fixtures/ijw/3.2), as the codec parses them. Run-time code does not read the fixtures or ../shared:
 * integration/simulator/__tests__/sjablonen.test.ts checks that each template equals the parsed example, so the
 * messages built from them are byte for byte those built from the examples.
 */
import type { BerichtVan } from '../ijw/codec.js';

export type SjabloonType = 'JW315' | 'JW317' | 'JW305' | 'JW307' | 'JW323';

const SJABLONEN: { readonly [T in SjabloonType]: BerichtVan<T> } = {
  JW315: {
    Header: {
      BerichtCode: '446',
      BerichtVersie: 3,
      BerichtSubversie: 2,
      Afzender: '42420001',
      Ontvanger: '0384',
      BerichtIdentificatie: { Identificatie: '123456789012', Dagtekening: '2026-04-01' },
      XsdVersie: { BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' },
    },
    Client: {
      Bsn: '999900006',
      Geboortedatum: { Datum: '2010-02-14' },
      Geslacht: '1',
      Naam: {
        Geslachtsnaam: { Achternaam: 'Wit', Voorvoegsel: 'de' },
        Voornamen: 'Tom',
        Voorletters: 'W',
      },
      GezagsdragerBekend: '1',
      Commentaar: 'Client Commentaar',
      AangevraagdeProducten: {
        AangevraagdProduct: [
          {
            ReferentieAanbieder: '40A12341234',
            BeschikkingNummer: 123,
            Product: { Categorie: '55', Code: '55A11' },
            BeschikkingIngangsdatum: '2026-03-15',
            ToewijzingIngangsdatum: '2026-04-01',
            ToewijzingEinddatum: '2027-06-30',
            Omvang: { Volume: 2, Eenheid: '16', Frequentie: '4' },
            Verwijzer: { Type: '01', Naam: 'huisarts' },
            Raamcontract: '1',
            Commentaar: 'Comm aangevr prod',
          },
          {
            ReferentieAanbieder: '40A12341235',
            BeschikkingNummer: 123,
            Product: { Categorie: '55', Code: '55A12' },
            BeschikkingIngangsdatum: '2026-03-15',
            ToewijzingIngangsdatum: '2026-04-01',
            ToewijzingEinddatum: '2027-06-30',
            Omvang: { Volume: 2, Eenheid: '16', Frequentie: '4' },
            Verwijzer: { Type: '02', ZorgverlenerCode: '12345678' },
            Raamcontract: '1',
            Commentaar: 'Comm aangevr prod',
          },
        ],
      },
    },
  },
  JW317: {
    Header: {
      BerichtCode: '486',
      BerichtVersie: 3,
      BerichtSubversie: 2,
      Afzender: '65656055',
      Ontvanger: '0384',
      BerichtIdentificatie: { Identificatie: '987654321', Dagtekening: '2026-01-02' },
      XsdVersie: { BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' },
    },
    Client: {
      Bsn: '999900006',
      Verzoek: {
        ReferentieAanbieder: '9003',
        RedenVerzoek: '1',
        OngewijzigdeProducten: {
          OngewijzigdProduct: [
            { ToewijzingNummer: 10071 },
          ],
        },
        NieuweProducten: {
          NieuwProduct: [
            {
              Product: { Categorie: '45', Code: '45A03' },
              GewensteIngangsdatum: '2026-11-01',
              Einddatum: '2024-02-28',
              Omvang: { Volume: 4, Eenheid: '04', Frequentie: '4' },
            },
          ],
        },
      },
    },
  },
  JW305: {
    Header: {
      BerichtCode: '438',
      BerichtVersie: 3,
      BerichtSubversie: 2,
      Afzender: '65656055',
      Ontvanger: '0363',
      BerichtIdentificatie: { Identificatie: '123456789012', Dagtekening: '2026-04-15' },
      XsdVersie: { BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' },
    },
    Client: {
      Bsn: '999900006',
      Geboortedatum: { Datum: '2010-02-14' },
      Geslacht: '1',
      Naam: {
        Geslachtsnaam: { Achternaam: 'Wit', Voorvoegsel: 'de' },
        Voornamen: 'Tom',
        Voorletters: 'T',
      },
      StartProducten: {
        StartProduct: [
          {
            ToewijzingNummer: 300201,
            Product: { Categorie: '55', Code: '55A11' },
            ToewijzingIngangsdatum: '2026-04-01',
            Begindatum: '2026-04-03',
            StatusAanlevering: '1',
          },
          {
            ToewijzingNummer: 300202,
            Product: { Categorie: '55', Code: '55A12' },
            ToewijzingIngangsdatum: '2026-04-01',
            Begindatum: '2026-04-15',
            StatusAanlevering: '1',
          },
        ],
      },
    },
  },
  JW307: {
    Header: {
      BerichtCode: '440',
      BerichtVersie: 3,
      BerichtSubversie: 2,
      Afzender: '65656055',
      Ontvanger: '0363',
      BerichtIdentificatie: { Identificatie: '123456789012', Dagtekening: '2026-07-20' },
      XsdVersie: { BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' },
    },
    Client: {
      Bsn: '999900006',
      Geboortedatum: { Datum: '2010-02-14' },
      Geslacht: '1',
      Naam: {
        Geslachtsnaam: { Achternaam: 'Wit', Voorvoegsel: 'de' },
        Voornamen: 'Tom',
        Voorletters: 'T',
      },
      StopProducten: {
        StopProduct: [
          {
            ToewijzingNummer: 300201,
            Product: { Categorie: '55', Code: '55A11' },
            ToewijzingIngangsdatum: '2026-04-01',
            Begindatum: '2026-04-03',
            RedenBeeindiging: '31',
            Einddatum: '2026-07-17',
            StatusAanlevering: '1',
          },
          {
            ToewijzingNummer: 300202,
            Product: { Categorie: '55', Code: '55A12' },
            ToewijzingIngangsdatum: '2026-04-01',
            Begindatum: '2026-04-15',
            RedenBeeindiging: '31',
            Einddatum: '2026-07-17',
            StatusAanlevering: '1',
          },
        ],
      },
    },
  },
  JW323: {
    Header: {
      BerichtCode: '490',
      BerichtVersie: 3,
      BerichtSubversie: 2,
      Afzender: '65656055',
      Ontvanger: '0384',
      BerichtIdentificatie: { Identificatie: '765432198', Dagtekening: '2026-05-06' },
      XsdVersie: { BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' },
    },
    Declaratie: {
      DeclaratieNummer: 'DN001',
      DeclaratiePeriode: { Begindatum: '2026-04-01', Einddatum: '2026-04-30' },
      DeclaratieDagtekening: '2026-05-06',
      TotaalIngediendBedrag: { TotaalBedrag: 79000, DebetCredit: 'D' },
      Clienten: {
        Client: [
          {
            Bsn: '999900006',
            Prestaties: {
              Prestatie: [
                {
                  ProductReferentie: { ReferentieNummer: 'RN001' },
                  ToewijzingNummer: 10072,
                  ProductCategorie: '45',
                  ProductCode: '45A03',
                  ProductPeriode: { Begindatum: '2026-04-01', Einddatum: '2026-04-30' },
                  GeleverdVolume: 4,
                  Eenheid: '04',
                  ProductTarief: 1250,
                  IngediendBedrag: { Bedrag: 5000, DebetCredit: 'D' },
                },
                {
                  ProductReferentie: { ReferentieNummer: 'RN002' },
                  ToewijzingNummer: 10073,
                  ProductCategorie: '45',
                  ProductCode: '45A04',
                  ProductPeriode: { Begindatum: '2026-04-01', Einddatum: '2026-04-30' },
                  GeleverdVolume: 16,
                  Eenheid: '04',
                  ProductTarief: 1500,
                  IngediendBedrag: { Bedrag: 24000, DebetCredit: 'D' },
                },
              ],
            },
          },
          {
            Bsn: '999900018',
            Prestaties: {
              Prestatie: [
                {
                  ProductReferentie: { ReferentieNummer: 'RN003' },
                  ToewijzingNummer: 10074,
                  ProductCategorie: '45',
                  ProductCode: '45A03',
                  ProductPeriode: { Begindatum: '2026-04-01', Einddatum: '2026-04-30' },
                  GeleverdVolume: 4,
                  Eenheid: '04',
                  ProductTarief: 1250,
                  IngediendBedrag: { Bedrag: 5000, DebetCredit: 'D' },
                },
                {
                  ProductReferentie: { ReferentieNummer: 'RN004' },
                  ToewijzingNummer: 10073,
                  ProductCategorie: '45',
                  ProductCode: '45A04',
                  ProductPeriode: { Begindatum: '2026-04-01', Einddatum: '2026-04-30' },
                  GeleverdVolume: 16,
                  Eenheid: '04',
                  ProductTarief: 1500,
                  IngediendBedrag: { Bedrag: 24000, DebetCredit: 'D' },
                },
                {
                  ProductReferentie: { ReferentieNummer: 'RN004' },
                  ToewijzingNummer: 10073,
                  ProductCategorie: '45',
                  ProductCode: '45A04',
                  ProductPeriode: { Begindatum: '2026-03-01', Einddatum: '2026-03-31' },
                  GeleverdVolume: 14,
                  Eenheid: '04',
                  ProductTarief: 1500,
                  IngediendBedrag: { Bedrag: 21000, DebetCredit: 'D' },
                },
              ],
            },
          },
        ],
      },
    },
  },
};

/** A fresh, mutable copy of the template of a type. */
export function sjabloon<T extends SjabloonType>(type: T): BerichtVan<T> {
  return structuredClone(SJABLONEN[type] as BerichtVan<T>);
}
