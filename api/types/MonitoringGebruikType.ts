import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GebruikDimensie } from '../monitoring/gebruik.sql';

registerEnumType(GebruikDimensie, { name: 'GebruikDimensie', description: 'What usage can be grouped by.' });

@ObjectType({ description: 'One cell of usage; a dimension not grouped by is null. Definitions: integration/monitoring/gebruik.sql.ts.' })
export class GebruikRij {
  @Field(() => String, { nullable: true, description: 'CBS code.' }) gemeenteCode?: string | null;
  @Field(() => ID, { nullable: true }) segmentId?: string | null;
  @Field(() => String, { nullable: true, description: 'AGB code.' }) aanbiederAgb?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM.' }) maand?: string | null;
  @Field(() => Int, { nullable: true, description: 'Distinct youths with an active allocation.' }) uniekeJeugdigen: number | null;
  @Field(() => Int, { nullable: true, description: 'Distinct allocations active in the period.' }) actieveToewijzingen: number | null;
  @Field(() => Int, { nullable: true, description: 'Distinct providers with an active allocation.' }) aanbieders: number | null;
  @Field(() => Int, { nullable: true, description: 'Stacking: distinct youths who had two or more allocations at the same time in a month.' })
  gestapeldeJeugdigen: number | null;
  @Field(() => Int, { nullable: true, description: 'Allocations beginning (Ingangsdatum) in the period.' }) nieuweToewijzingen: number | null;
  @Field(() => Int, { nullable: true, description: 'Recidive: new allocations within 12 months after a definitive stop (JZ588 02, 31–35, 39).' })
  recidive: number | null;
  @Field(() => Int, { nullable: true, description: 'Re-indications: new follow-on allocations of the same product for the youth at the same provider.' })
  herindicaties: number | null;
  @Field(() => Int, { nullable: true, description: 'Of the re-indications: those that came from the provider\'s change request (JW317).' })
  herindicatiesNaWijzigingsverzoek: number | null;
  @Field({ description: 'The figures are withheld: 1–4 youths in a region view.' }) onderdrukt: boolean;
}

@ObjectType({ description: 'Usage: the rows and the same rows as CSV.' })
export class GebruikRapport {
  @Field(() => [GebruikRij]) rijen: GebruikRij[];
  @Field({ description: 'The rows as CSV (RFC 4180): the grouped dimensions, the measures, onderdrukt.' }) csv: string;
}
