import { Field, Float, ID, InputType } from 'type-graphql';
import { CentsScalar, DateScalar } from '../scalars';

@InputType()
export class TariffFilter {
  @Field(() => ID, { nullable: true }) contractId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Harmonised tariffs of this region.' }) regionId?: string | null;
  @Field(() => ID, { nullable: true }) productId?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Only periods that include this date.' }) validOn?: string | null;
}

@InputType({ description: 'Exactly one of contractId (contract tariff) or regionId (harmonised region tariff).' })
export class CreateTariffInput {
  @Field(() => ID, { nullable: true }) contractId?: string | null;
  @Field(() => ID, { nullable: true }) regionId?: string | null;
  @Field(() => ID) productId: string;
  @Field(() => CentsScalar) priceCents: number;
  @Field(() => DateScalar) validFrom: string;
  @Field(() => DateScalar, { nullable: true, description: 'Last day (inclusive); omit for open ended.' }) validTo?: string | null;
  @Field(() => Float, { nullable: true }) indexPercentage?: number | null;
}

@InputType()
export class UpdateTariffInput {
  @Field(() => CentsScalar, { nullable: true }) priceCents?: number;
  @Field(() => DateScalar, { nullable: true }) validFrom?: string;
  @Field(() => DateScalar, { nullable: true }) validTo?: string | null;
}
