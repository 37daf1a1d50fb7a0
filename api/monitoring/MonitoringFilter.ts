import { Field, ID, InputType } from 'type-graphql';

/**
 * The filter every monitoring query takes. All parts are optional and narrow the caller's scope (api/monitoring/scope.ts);
 * a query ignores a part its projection has no dimension for (e.g. aanbiederAgb on referral behaviour) and says so in
 * its description.
 */
@InputType({ description: 'Filter of a monitoring query: period (months, inclusive), region, municipality, segment, provider.' })
export class MonitoringFilter {
  @Field(() => String, { nullable: true, description: 'First month, YYYY-MM (inclusive).' }) van?: string | null;
  @Field(() => String, { nullable: true, description: 'Last month, YYYY-MM (inclusive).' }) tot?: string | null;
  @Field(() => String, { nullable: true, description: 'Region code: only its municipalities (within the caller\'s scope).' }) regioCode?: string | null;
  @Field(() => String, { nullable: true, description: 'CBS code of one municipality (within the caller\'s scope).' }) gemeenteCode?: string | null;
  @Field(() => ID, { nullable: true, description: 'Segment id.' }) segmentId?: string | null;
  @Field(() => String, { nullable: true, description: 'AGB code of one provider.' }) aanbiederAgb?: string | null;
}
