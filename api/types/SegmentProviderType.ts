import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../scalars';
import { ProviderType } from './ProviderType';

@ObjectType('SegmentProvider', { description: 'A provider with contracts in a segment, with their number and latest end.' })
export class SegmentProviderType {
  @Field(() => ProviderType) provider: ProviderType;
  @Field(() => Int, { description: "The provider's contracts in this segment." }) contractCount: number;
  @Field(() => DateScalar, { nullable: true, description: 'The latest end date of those contracts; null when none has one.' })
  latestContractEnd: string | null;
}
