import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../scalars';
import { OpenHouseStatus } from './enums';

@ObjectType('Provider', { description: 'A care provider (zorgaanbieder), identified by its AGB code.' })
export class ProviderType {
  @Field(() => ID) id: string;
  @Field({ description: 'AGB code, 8 digits.' }) agbCode: string;
  @Field(() => String, { nullable: true, description: 'KvK number, 8 digits.' }) kvkNumber: string | null;
  @Field() name: string;
  @Field(() => OpenHouseStatus) openHouseStatus: OpenHouseStatus;
  @Field(() => DateScalar, { nullable: true }) openHouseAdmissionDate: string | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}
