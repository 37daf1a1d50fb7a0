import { Field, InputType } from 'type-graphql';

@InputType()
export class CreateRegionInput {
  @Field({ description: "Short code, 2–10 capitals/digits, e.g. 'ZHZ'." }) code: string;
  @Field() name: string;
}

@InputType()
export class UpdateRegionInput {
  @Field({ nullable: true }) code?: string;
  @Field({ nullable: true }) name?: string;
}
