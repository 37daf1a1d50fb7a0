import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { AllocationVariant } from './enums';

@InputType()
export class ProductFilter {
  @Field(() => ID, { nullable: true }) regionId?: string | null;
  @Field(() => ID, { nullable: true }) segmentId?: string | null;
  @Field(() => String, { nullable: true, description: 'JZ020 productcategorie.' }) category?: string | null;
}

@InputType()
export class CreateProductInput {
  @Field(() => ID) regionId: string;
  @Field(() => ID, { description: 'A segment of the same region.' }) segmentId: string;
  @Field({ description: 'JZ020 productcategorie: 2 digits.' }) category: string;
  @Field({ description: 'Product code: 5 characters [0-9A-Z].' }) code: string;
  @Field() name: string;
  @Field({ description: "WJ756 Eenheid: 01, 04, 14, 16, 84 (inspanningsgericht) or 82, 83 (outputgericht)." }) unit: string;
  @Field({ description: 'WMO757 Frequentie: 1, 2, 4 or 6.' }) frequency: string;
  @Field(() => AllocationVariant) allocationVariant: AllocationVariant;
  @Field(() => Int, { nullable: true }) normDurationDays?: number | null;
  @Field(() => Float, { nullable: true }) normIntensity?: number | null;
}

@InputType()
export class UpdateProductInput {
  @Field(() => ID, { nullable: true }) segmentId?: string;
  @Field({ nullable: true }) category?: string;
  @Field({ nullable: true }) code?: string;
  @Field({ nullable: true }) name?: string;
  @Field({ nullable: true }) unit?: string;
  @Field({ nullable: true }) frequency?: string;
  @Field(() => AllocationVariant, { nullable: true }) allocationVariant?: AllocationVariant;
  @Field(() => Int, { nullable: true }) normDurationDays?: number | null;
  @Field(() => Float, { nullable: true }) normIntensity?: number | null;
}
