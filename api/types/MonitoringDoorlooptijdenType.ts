import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DoorlooptijdDimensie } from '../monitoring/doorlooptijden.sql';

registerEnumType(DoorlooptijdDimensie, { name: 'DoorlooptijdDimensie', description: 'What times can be grouped by (PRODUCT = category + code).' });

@ObjectType({ description: 'Times of one cell in days (median, p90); a dimension not grouped by is null. Definitions: integration/monitoring/doorlooptijden.sql.ts.' })
export class DoorlooptijdRij {
  @Field(() => String, { nullable: true, description: 'JZ020 product category.' }) productCategorie?: string | null;
  @Field(() => String, { nullable: true }) productCode?: string | null;
  @Field(() => String, { nullable: true, description: 'AGB code.' }) aanbiederAgb?: string | null;
  @Field(() => String, { nullable: true, description: 'CBS code.' }) gemeenteCode?: string | null;
  @Field(() => ID, { nullable: true }) segmentId?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM of the first decision.' }) maand?: string | null;
  @Field(() => Int, { nullable: true, description: 'Allocations (trajectories).' }) trajecten: number | null;
  @Field(() => Int, { nullable: true }) uniekeJeugdigen: number | null;
  @Field(() => Float, { nullable: true, description: 'Request → allocation, median days.' }) aanvraagMediaan: number | null;
  @Field(() => Float, { nullable: true, description: 'Request → allocation, p90 days.' }) aanvraagP90: number | null;
  @Field(() => Float, { nullable: true, description: 'Allocation → start (waiting), median days.' }) wachttijdMediaan: number | null;
  @Field(() => Float, { nullable: true, description: 'Allocation → start (waiting), p90 days.' }) wachttijdP90: number | null;
  @Field(() => Float, { nullable: true, description: 'Start → stop (duration of ended trajectories), median days.' }) duurMediaan: number | null;
  @Field(() => Float, { nullable: true, description: 'Start → stop, p90 days.' }) duurP90: number | null;
  @Field(() => Int, { nullable: true, description: 'The product norm in days (when the cell has one norm).' }) normDagen: number | null;
  @Field(() => Float, { nullable: true, description: 'Median duration / norm (1.0 = on norm).' }) duurMediaanTovNorm: number | null;
  @Field(() => Float, { nullable: true, description: 'Share (0..1) of ended trajectories with a norm that took longer than it.' }) aandeelBovenNorm: number | null;
  @Field({ description: 'The figures are withheld: 1–4 youths in a region view.' }) onderdrukt: boolean;
}

@ObjectType({ description: 'Times: the rows and the same rows as CSV.' })
export class DoorlooptijdenRapport {
  @Field(() => [DoorlooptijdRij]) rijen: DoorlooptijdRij[];
  @Field({ description: 'The rows as CSV (RFC 4180): the grouped dimensions, the measures, onderdrukt.' }) csv: string;
}
