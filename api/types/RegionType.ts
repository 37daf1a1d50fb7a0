import { Field, ID, ObjectType } from 'type-graphql';

/** A youth-care region (jeugdregio). Relations (municipalities, segments, ...) are field resolvers in RegionResolver. */
@ObjectType('Region', { description: 'A youth-care region (jeugdregio) that purchases care together.' })
export class RegionType {
  @Field(() => ID) id: string;
  @Field({ description: "Short code, e.g. 'ZHZ'." }) code: string;
  @Field() name: string;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}
