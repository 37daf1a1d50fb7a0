import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SolidariteitDimensie } from '../monitoring/solidariteit.sql';
import { CentsScalar } from '../scalars';

registerEnumType(SolidariteitDimensie, { name: 'SolidariteitDimensie', description: 'Solidarity per municipality, or summed per region.' });

@ObjectType({ description: 'The solidarity settlement of a municipality (or a region\'s sum) in a year. Formula: integration/monitoring/verrekening.ts.' })
export class SolidariteitRij {
  @Field(() => Int) jaar: number;
  @Field(() => String) regioCode: string;
  @Field(() => String, { nullable: true, description: 'CBS code (null when summed per region).' }) gemeenteCode: string | null;
  @Field(() => String, { description: 'inwoners_jeugd_3jr (3-year rolling average of youths in care) or objectief (the region\'s key).' }) verdeelsleutel: string;
  @Field(() => Int, { nullable: true, description: 'Youths in care (an active allocation) in the year.' }) jeugdigen: number | null;
  @Field(() => Float, { nullable: true, description: 'Average of youths in care over the year and the two before.' }) jeugdigenGemiddeld: number | null;
  @Field(() => Float, { description: 'Share of the heavy segments\' cost (0..1).' }) aandeel: number;
  @Field(() => CentsScalar, { description: 'Own approved cost in the region\'s solidair segments.' }) eigenKostenCents: number;
  @Field(() => CentsScalar, { description: 'aandeel × the region\'s heavy cost (whole cents, largest remainder).' }) verdeeldCents: number;
  @Field(() => CentsScalar, { description: 'verdeeld − eigen: positive = pays into the pool, negative = receives; zero summed over a region.' }) saldoCents: number;
  @Field({ description: 'The youth counts are withheld: 1–4 youths in a region view.' }) onderdrukt: boolean;
}

@ObjectType({ description: 'Solidarity: the rows and the same rows as CSV.' })
export class SolidariteitRapport {
  @Field(() => [SolidariteitRij]) rijen: SolidariteitRij[];
  @Field({ description: 'The rows as CSV (RFC 4180).' }) csv: string;
}
