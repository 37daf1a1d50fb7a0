import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LandschapDimensie } from '../monitoring/landschap.sql';
import { CentsScalar } from '../scalars';

registerEnumType(LandschapDimensie, { name: 'LandschapDimensie', description: 'What the provider landscape can be grouped by.' });

@ObjectType({ description: 'The provider landscape of one cell (segment, optionally municipality) in a year.' })
export class LandschapRij {
  @Field(() => Int) jaar: number;
  @Field(() => ID, { nullable: true }) segmentId?: string | null;
  @Field(() => String, { nullable: true, description: 'CBS code.' }) gemeenteCode?: string | null;
  @Field(() => Int, { description: 'Providers with turnover (approved spend) or clients in the year.' }) aanbieders: number;
  @Field(() => Int, { description: 'Of those: turnover below the threshold AND fewer clients than the threshold.' }) kleineAanbieders: number;
  @Field(() => Float, { nullable: true, description: 'kleineAanbieders / aanbieders (0..1).' }) aandeelKlein: number | null;
  @Field(() => CentsScalar, { description: 'Approved spend of all providers.' }) omzetCents: number;
  @Field(() => CentsScalar, { description: 'Approved spend of the 5 providers with the most.' }) top5OmzetCents: number;
  @Field(() => Float, { nullable: true, description: 'Concentration: top5OmzetCents / omzetCents (0..1); null without turnover.' }) aandeelTop5: number | null;
  @Field({ description: 'Always false: the cell counts providers, not youths.' }) onderdrukt: boolean;
}

@ObjectType({ description: 'The provider landscape: the thresholds used, the rows and the same rows as CSV.' })
export class LandschapRapport {
  @Field(() => CentsScalar) drempelOmzetCents: number;
  @Field(() => Int) drempelClienten: number;
  @Field(() => [LandschapRij]) rijen: LandschapRij[];
  @Field({ description: 'The rows as CSV (RFC 4180).' }) csv: string;
}
