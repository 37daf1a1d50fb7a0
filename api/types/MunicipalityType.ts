import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('Municipality', { description: 'A municipality (gemeente) in a region.' })
export class MunicipalityType {
  @Field(() => ID) id: string;
  @Field({ description: "CBS gemeentecode, 4 digits ('0505')." }) cbsCode: string;
  @Field() name: string;
  @Field(() => Int, { description: 'Inhabitants aged 0–17: the distribution key for shared costs.' }) youthPopulation: number;
  @Field(() => ID) regionId: string;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}
