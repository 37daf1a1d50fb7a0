import { Field, Float, ID, ObjectType } from 'type-graphql';
import { CentsScalar, DateScalar } from '../scalars';

@ObjectType('Tariff', {
  description:
    'A price per unit for a product over a closed period [validFrom, validTo], for one contract or harmonised for a region (exactly one of contractId/regionId).',
})
export class TariffType {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) contractId: string | null;
  @Field(() => ID, { nullable: true, description: 'Set for a harmonised region tariff.' }) regionId: string | null;
  @Field(() => ID) productId: string;
  @Field(() => CentsScalar, { description: 'Price per unit in euro cents.' }) priceCents: number;
  @Field(() => DateScalar) validFrom: string;
  @Field(() => DateScalar, { nullable: true, description: 'Last day (inclusive); null = open ended.' }) validTo: string | null;
  @Field(() => Float, { nullable: true, description: 'Index percentage that produced this period (e.g. 3.85).' }) indexPercentage: number | null;
  @Field(() => ID, { nullable: true }) previousTariffId: string | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}
