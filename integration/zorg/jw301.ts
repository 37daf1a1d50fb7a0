/**
 * The JW301 Toewijzingbericht the municipality sends: one client, one provider, and (OP087) every allocation of
 * that client at that provider valid on or after the dagtekening plus the ones just changed. ReferentieAanbieder is
 * filled only for allocations sent for the first time in honour of a request (TR379, IV093/IV097).
 */
import { BERICHTCODE } from '../ijw/berichttypen.js';
import type { JW301Bericht, JW301ToegewezenProduct } from '../ijw/generated/index.generated.js';
import type { ClientRij } from './client.sql.js';
import type { ToewijzingRij } from './toewijzing.sql.js';

const XSD_VERSIE = { BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' };

/** What a JW301 needs of the client beyond the BSN, when the municipality has nothing better on file. */
const ONBEKEND = {
  Geslacht: '0',
  Naam: { Geslachtsnaam: { Achternaam: 'Onbekend' }, NaamGebruik: '1' },
  Contactgegevens: { Contact: [{ Soort: '01' }] },
};

/**
 * TR006 on what we would send: the Contact classes of the client's Contactgegevens (none on file = ONBEKEND's one
 * Contact without Telefoon or address) must each hold a Telefoon or Huis + Postcode. True when the JW301 would pass.
 * (Other Contact fields are left to the in-message rules in enqueueUitgaand.)
 */
export function heeftContact(persoonsgegevens: Record<string, unknown> | null | undefined): boolean {
  const cg = (persoonsgegevens?.Contactgegevens ?? ONBEKEND.Contactgegevens) as { Contact?: unknown };
  const contacten = (Array.isArray(cg.Contact) ? cg.Contact : cg.Contact ? [cg.Contact] : []) as {
    Telefoon?: unknown; Adres?: { Huis?: unknown; Postcode?: unknown };
  }[];
  return contacten.length > 0 && contacten.every((c) => Boolean(c.Telefoon) || Boolean(c.Adres?.Huis && c.Adres.Postcode));
}

export function toegewezenProduct(t: ToewijzingRij, metReferentie: boolean): JW301ToegewezenProduct {
  const tp: JW301ToegewezenProduct = {
    ToewijzingNummer: t.toewijzing_nummer,
    Toewijzingsdatum: t.toewijzingsdatum,
    Toewijzingstijd: t.toewijzingstijd,
    Ingangsdatum: t.ingangsdatum,
  };
  if (metReferentie && t.referentie_aanbieder) tp.ReferentieAanbieder = t.referentie_aanbieder;
  if (t.product_categorie) tp.Product = t.product_code ? { Categorie: t.product_categorie, Code: t.product_code } : { Categorie: t.product_categorie };
  if (t.einddatum) tp.Einddatum = t.einddatum;
  if (t.reden_wijziging) tp.RedenWijziging = t.reden_wijziging;
  if (t.volume !== null && t.eenheid && t.frequentie) tp.Omvang = { Volume: t.volume, Eenheid: t.eenheid, Frequentie: t.frequentie };
  if (t.budget_cents !== null) tp.Budget = t.budget_cents;
  if (t.commentaar) tp.Commentaar = t.commentaar;
  // XSD sequence order: ToewijzingNummer, ReferentieAanbieder, Product, Toewijzingsdatum, Toewijzingstijd, Ingangsdatum,
  // Einddatum, RedenWijziging, Omvang, Budget, Commentaar (the codec writes by its table, so key order is cosmetic).
  return tp;
}

/** The typed JW301 without BerichtIdentificatie: enqueueUitgaand fills it (sequence + vandaag). */
export function buildJW301(gemeenteCode: string, aanbiederAgb: string, client: ClientRij, toewijzingen: readonly ToewijzingRij[],
  metReferentie: ReadonlySet<string>): JW301Bericht {
  const p = client.persoonsgegevens as Partial<typeof ONBEKEND> & Record<string, unknown>;
  return {
    Header: {
      BerichtCode: BERICHTCODE.JW301,
      BerichtVersie: 3,
      BerichtSubversie: 2,
      Afzender: gemeenteCode,
      Ontvanger: aanbiederAgb,
      XsdVersie: XSD_VERSIE,
    } as JW301Bericht['Header'],
    Client: {
      Bsn: client.bsn,
      Geboortedatum: { Datum: client.geboortedatum ?? '1900-01-01' },
      Geslacht: (p.Geslacht as string) ?? ONBEKEND.Geslacht,
      Naam: (p.Naam as JW301Bericht['Client']['Naam']) ?? ONBEKEND.Naam,
      Contactgegevens: (p.Contactgegevens as JW301Bericht['Client']['Contactgegevens']) ?? ONBEKEND.Contactgegevens,
      ToegewezenProducten: { ToegewezenProduct: toewijzingen.map((t) => toegewezenProduct(t, metReferentie.has(t.id))) },
    },
  } as JW301Bericht;
}
