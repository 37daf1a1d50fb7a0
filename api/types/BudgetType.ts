import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CentsScalar } from '../scalars';

@ObjectType('Budget', {
  description: "A budget frame for one segment and year: a municipality's own, or the region's shared budget (exactly one owner).",
})
export class BudgetType {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) municipalityId: string | null;
  @Field(() => ID, { nullable: true }) regionId: string | null;
  @Field(() => ID) segmentId: string;
  @Field(() => Int) year: number;
  @Field(() => CentsScalar) amountCents: number;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}
