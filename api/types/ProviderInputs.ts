import { Field, InputType } from 'type-graphql';
import { DateScalar } from '../scalars';
import { OpenHouseStatus } from './enums';

@InputType()
export class ProviderFilter {
  @Field(() => OpenHouseStatus, { nullable: true }) openHouseStatus?: OpenHouseStatus | null;
}

@InputType()
export class CreateProviderInput {
  @Field({ description: 'AGB code: 8 digits.' }) agbCode: string;
  @Field(() => String, { nullable: true, description: 'KvK number: 8 digits.' }) kvkNumber?: string | null;
  @Field() name: string;
  @Field(() => OpenHouseStatus, { nullable: true }) openHouseStatus?: OpenHouseStatus;
  @Field(() => DateScalar, { nullable: true }) openHouseAdmissionDate?: string | null;
}

@InputType()
export class UpdateProviderInput {
  @Field({ nullable: true }) agbCode?: string;
  @Field(() => String, { nullable: true }) kvkNumber?: string | null;
  @Field({ nullable: true }) name?: string;
  @Field(() => OpenHouseStatus, { nullable: true }) openHouseStatus?: OpenHouseStatus;
  @Field(() => DateScalar, { nullable: true }) openHouseAdmissionDate?: string | null;
}
