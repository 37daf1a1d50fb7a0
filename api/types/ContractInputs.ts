import { Field, ID, InputType, Int } from 'type-graphql';
import { CentsScalar, DateScalar } from '../scalars';
import { ContractStatus } from './enums';

@InputType()
export class ContractFilter {
  @Field(() => ID, { nullable: true }) regionId?: string | null;
  @Field(() => ID, { nullable: true }) providerId?: string | null;
  @Field(() => ID, { nullable: true }) segmentId?: string | null;
  @Field(() => ID, { nullable: true }) municipalityId?: string | null;
  @Field(() => ContractStatus, { nullable: true }) status?: ContractStatus | null;
}

@InputType()
export class CreateContractInput {
  @Field(() => ID) providerId: string;
  @Field(() => ID) regionId: string;
  @Field(() => ID, { nullable: true, description: 'Only for local purchasing by one municipality of the region.' }) municipalityId?: string | null;
  @Field(() => ID, { description: 'A segment of the same region.' }) segmentId: string;
  @Field() reference: string;
  @Field(() => DateScalar) startDate: string;
  @Field(() => DateScalar, { nullable: true }) endDate?: string | null;
  @Field({ nullable: true }) tacitRenewal?: boolean;
  @Field(() => Int, { nullable: true }) renewalPeriodMonths?: number | null;
  @Field(() => Int, { nullable: true }) noticePeriodMonths?: number | null;
  @Field(() => DateScalar, { nullable: true }) latestEndDate?: string | null;
  @Field(() => ContractStatus, { nullable: true }) status?: ContractStatus;
  @Field(() => CentsScalar, { nullable: true }) lumpsumPerYearCents?: number | null;
  @Field(() => DateScalar, { nullable: true }) admissionDate?: string | null;
}

@InputType()
export class UpdateContractInput {
  @Field(() => ID, { nullable: true }) providerId?: string;
  @Field(() => ID, { nullable: true }) municipalityId?: string | null;
  @Field(() => ID, { nullable: true }) segmentId?: string;
  @Field({ nullable: true }) reference?: string;
  @Field(() => DateScalar, { nullable: true }) startDate?: string;
  @Field(() => DateScalar, { nullable: true }) endDate?: string | null;
  @Field({ nullable: true }) tacitRenewal?: boolean;
  @Field(() => Int, { nullable: true }) renewalPeriodMonths?: number | null;
  @Field(() => Int, { nullable: true }) noticePeriodMonths?: number | null;
  @Field(() => DateScalar, { nullable: true }) latestEndDate?: string | null;
  @Field(() => ContractStatus, { nullable: true }) status?: ContractStatus;
  @Field(() => CentsScalar, { nullable: true }) lumpsumPerYearCents?: number | null;
  @Field(() => DateScalar, { nullable: true }) admissionDate?: string | null;
}
