import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { AllocationVariant } from './enums';

@ObjectType('Product', { description: "A product of the region's product book (iJw category + product code)." })
export class ProductType {
  @Field(() => ID) id: string;
  @Field(() => ID) regionId: string;
  @Field(() => ID) segmentId: string;
  @Field({ description: "JZ020 productcategorie, 2 characters, e.g. '45'." }) category: string;
  @Field({ description: "Product code, 5 characters, e.g. '45A48'." }) code: string;
  @Field() name: string;
  @Field({ description: "WJ756 Eenheid code, e.g. '04' (uur)." }) unit: string;
  @Field({ description: "WMO757 Frequentie code, e.g. '2' (per week)." }) frequency: string;
  @Field(() => AllocationVariant) allocationVariant: AllocationVariant;
  @Field(() => Int, { nullable: true, description: 'Product book norm: expected duration in days.' }) normDurationDays: number | null;
  @Field(() => Float, { nullable: true, description: 'Product book norm: units per frequency period.' }) normIntensity: number | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}
