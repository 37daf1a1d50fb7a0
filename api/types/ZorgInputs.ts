import { Field, ID, InputType, Int } from 'type-graphql';
import { CentsScalar, DateScalar } from '../scalars';

const GEMEENTE = 'CBS code of the deciding municipality; may be left out when the role holds exactly one.';

@InputType()
export class OnderzoekVerzoekInput {
  @Field(() => ID) verzoekId: string;
  @Field(() => String, { nullable: true, description: GEMEENTE }) gemeenteCode?: string | null;
}

@InputType()
export class AfwijzenVerzoekInput {
  @Field(() => ID) verzoekId: string;
  @Field(() => String, { nullable: true, description: GEMEENTE }) gemeenteCode?: string | null;
  @Field({ description: 'RedenAfwijzingVerzoek (WJ759, 1..9); 8 = woonplaatsbeginsel needs woonplaatsGemeente.' }) redenAfwijzing: string;
  @Field(() => String, { nullable: true, description: 'The responsible municipality (CBS) with reason 8.' }) woonplaatsGemeente?: string | null;
}

@InputType()
export class ToewijzenVerzoekInput {
  @Field(() => ID) verzoekId: string;
  @Field(() => String, { nullable: true, description: GEMEENTE }) gemeenteCode?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Einddatum to allocate when the request asks none (or another).' }) einddatum?: string | null;
}

@InputType()
export class OmvangInput {
  @Field(() => Int) volume: number;
  @Field({ description: 'Eenheid (WJ756).' }) eenheid: string;
  @Field({ description: 'Frequentie (WJ757).' }) frequentie: string;
}

@InputType({ description: "The client's address as the municipality knows it (BRP); a JW301 needs it or a phone number (TR006)." })
export class AdresInput {
  @Field(() => Int) huisnummer: number;
  @Field(() => String, { nullable: true }) huisletter?: string | null;
  @Field(() => String, { nullable: true }) huisnummerToevoeging?: string | null;
  @Field({ description: 'Postcode, e.g. 3311AB.' }) postcode: string;
  @Field(() => String, { nullable: true }) straatnaam?: string | null;
  @Field(() => String, { nullable: true }) plaatsnaam?: string | null;
}

@InputType()
export class ClientInput {
  @Field({ description: 'BSN (9 digits). Stored for the owning municipality only.' }) bsn: string;
  @Field(() => DateScalar, { nullable: true }) geboortedatum?: string | null;
  @Field(() => AdresInput, {
    nullable: true,
    description: 'Recorded on the client (woonadres). Required when the client has no address on file: CLIENT_ADDRESS_REQUIRED.',
  })
  adres?: AdresInput | null;
}

/** The iJw persoonsgegevens for ClientInput.adres: Contactgegevens with one Contact (Soort 01, woonadres). */
export function persoonsgegevensVan(c: ClientInput): Record<string, unknown> | null {
  if (!c.adres) return null;
  const a = c.adres;
  const huis = { Huisnummer: a.huisnummer, ...(a.huisletter ? { Huisletter: a.huisletter } : {}),
    ...(a.huisnummerToevoeging ? { HuisnummerToevoeging: a.huisnummerToevoeging } : {}) };
  return { Contactgegevens: { Contact: [{ Soort: '01', Adres: { Huis: huis, Postcode: a.postcode.replace(/\s+/g, '').toUpperCase(),
    ...(a.straatnaam ? { Straatnaam: a.straatnaam } : {}), ...(a.plaatsnaam ? { Plaatsnaam: a.plaatsnaam } : {}), LandCode: 'NL' } }] } };
}

@InputType()
export class ProductCodeInput {
  @Field({ description: 'Productcategorie (JZ020).' }) categorie: string;
  @Field(() => String, { nullable: true, description: 'Productcode; empty for a category-level allocation.' }) code?: string | null;
}

@InputType()
export class IssueToewijzingInput {
  @Field(() => String, { nullable: true, description: GEMEENTE }) gemeenteCode?: string | null;
  @Field() aanbiederAgb: string;
  @Field(() => ClientInput) client: ClientInput;
  @Field(() => ProductCodeInput) product: ProductCodeInput;
  @Field(() => DateScalar) ingangsdatum: string;
  @Field(() => DateScalar, { nullable: true }) einddatum?: string | null;
  @Field(() => OmvangInput, { nullable: true }) omvang?: OmvangInput | null;
  @Field(() => CentsScalar, { nullable: true }) budgetCents?: number | null;
  @Field(() => String, { nullable: true }) commentaar?: string | null;
}

@InputType()
export class ChangeToewijzingInput {
  @Field(() => String, { nullable: true, description: GEMEENTE }) gemeenteCode?: string | null;
  @Field(() => ID) toewijzingId: string;
  @Field(() => DateScalar, { nullable: true, description: 'New einddatum; null = open end; left out = unchanged.' }) einddatum?: string | null;
  @Field(() => OmvangInput, { nullable: true, description: 'Left out = unchanged.' }) omvang?: OmvangInput | null;
  @Field(() => CentsScalar, { nullable: true, description: 'Left out = unchanged.' }) budgetCents?: number | null;
  @Field({ description: 'RedenWijziging (JZ002), not 13 (use withdrawToewijzing).' }) redenWijziging: string;
}

@InputType()
export class ShortenToewijzingInput {
  @Field(() => String, { nullable: true, description: GEMEENTE }) gemeenteCode?: string | null;
  @Field(() => ID) toewijzingId: string;
  @Field(() => DateScalar) einddatum: string;
  @Field({ description: 'RedenWijziging (JZ002), e.g. 05.' }) redenWijziging: string;
}

@InputType()
export class WithdrawToewijzingInput {
  @Field(() => String, { nullable: true, description: GEMEENTE }) gemeenteCode?: string | null;
  @Field(() => ID) toewijzingId: string;
  @Field({ description: 'RedenWijziging (JZ002); 13 = Verwijderd (sent in error, counts as never sent).' }) redenWijziging: string;
  @Field(() => DateScalar, { nullable: true, description: 'Einddatum (default: today, or the ingangsdatum if later).' }) einddatum?: string | null;
}
