import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { VerwijzingDimensie } from '../monitoring/verwijzingen.sql';

registerEnumType(VerwijzingDimensie, { name: 'VerwijzingDimensie', description: 'What referral behaviour can be grouped by.' });

/** COD327 Code verwijzer, plus the two types that are not a referrer (zorgFeiten.sql.ts / verwijzingen.sql.ts). */
export const VERWIJZER_TYPEN: Readonly<Record<string, string>> = {
  '01': 'Gemeente',
  '02': 'Huisarts',
  '03': 'Jeugdarts',
  '04': 'Gecertificeerde instelling',
  '05': 'Medisch specialist',
  '06': 'Zelfverwijzer / geen verwijzer',
  '08': 'Rechter, Officier van Justitie, functionaris Justitiële jeugdinrichting',
  JW317: 'Verzoek om wijziging van de aanbieder (geen verwijzer)',
};

@ObjectType({ description: 'One cell of referral behaviour; a dimension not grouped by is null.' })
export class VerwijzingRij {
  @Field(() => String, { nullable: true, description: 'CBS code.' }) gemeenteCode?: string | null;
  @Field(() => String, { nullable: true, description: 'COD327 Verwijzer.Type of the JW315; 01 for an allocation without a request; JW317 for the provider\'s change request.' })
  verwijzerType?: string | null;
  @Field(() => String, { nullable: true, description: 'The meaning of verwijzerType.' }) verwijzerOmschrijving?: string | null;
  @Field(() => ID, { nullable: true }) segmentId?: string | null;
  @Field(() => String, { nullable: true, description: 'JZ020 product category.' }) productCategorie?: string | null;
  @Field(() => String, { nullable: true, description: 'AGB code of the provider that asked / was allocated to.' }) aanbiederAgb?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM: month received (request) / first decided (allocation).' }) maand?: string | null;
  @Field(() => Int, { nullable: true, description: 'Requests received (JW315 AangevraagdProduct, JW317 Verzoek).' }) verzoeken: number | null;
  @Field(() => Int, { nullable: true, description: 'Allocations decided (not removed).' }) toewijzingen: number | null;
  @Field(() => Int, { nullable: true, description: 'Distinct youths (by pseudonym) in the cell.' }) uniekeJeugdigen: number | null;
  @Field({ description: 'The figures are withheld: 1–4 youths in a region view.' }) onderdrukt: boolean;
}

@ObjectType({ description: 'Referral behaviour: the rows and the same rows as CSV.' })
export class VerwijzingenRapport {
  @Field(() => [VerwijzingRij]) rijen: VerwijzingRij[];
  @Field({ description: 'The rows as CSV (RFC 4180): the grouped dimensions, the measures, onderdrukt.' }) csv: string;
}
