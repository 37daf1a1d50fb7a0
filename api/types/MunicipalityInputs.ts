import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class MunicipalityFilter {
  @Field(() => ID, { nullable: true }) regionId?: string | null;
}

@InputType()
export class CreateMunicipalityInput {
  @Field({ description: 'CBS gemeentecode: 4 digits, in the CBS list.' }) cbsCode: string;
  @Field() name: string;
  @Field(() => Int) youthPopulation: number;
  @Field(() => ID) regionId: string;
}

@InputType()
export class UpdateMunicipalityInput {
  @Field({ nullable: true }) cbsCode?: string;
  @Field({ nullable: true }) name?: string;
  @Field(() => Int, { nullable: true }) youthPopulation?: number;
  @Field(() => ID, { nullable: true }) regionId?: string;
}
