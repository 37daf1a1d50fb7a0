import { Field, ID, InputType, Int } from 'type-graphql';
import { CentsScalar } from '../scalars';

@InputType()
export class BudgetFilter {
  @Field(() => ID, { nullable: true }) municipalityId?: string | null;
  @Field(() => ID, { nullable: true, description: "The region's shared budgets." }) regionId?: string | null;
  @Field(() => ID, { nullable: true }) segmentId?: string | null;
}

@InputType({ description: 'Exactly one of municipalityId or regionId (shared budget).' })
export class CreateBudgetInput {
  @Field(() => ID, { nullable: true }) municipalityId?: string | null;
  @Field(() => ID, { nullable: true }) regionId?: string | null;
  @Field(() => ID) segmentId: string;
  @Field(() => Int) year: number;
  @Field(() => CentsScalar) amountCents: number;
}

@InputType()
export class UpdateBudgetInput {
  @Field(() => CentsScalar, { nullable: true }) amountCents?: number;
}
