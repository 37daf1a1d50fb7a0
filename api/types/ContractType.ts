import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CentsScalar, DateScalar } from '../scalars';
import { ContractStatus } from './enums';

@ObjectType('Contract', {
  description: 'A contract between a provider and a region (or one municipality of it, for local purchasing) for one segment.',
})
export class ContractType {
  @Field(() => ID) id: string;
  @Field(() => ID) providerId: string;
  @Field(() => ID) regionId: string;
  @Field(() => ID, { nullable: true, description: 'Set only for local purchasing by one municipality.' }) municipalityId: string | null;
  @Field(() => ID) segmentId: string;
  @Field({ description: "The region's contract number, unique within the region." }) reference: string;
  @Field(() => DateScalar) startDate: string;
  @Field(() => DateScalar, { nullable: true, description: 'Current end date (inclusive); null = indefinite.' }) endDate: string | null;
  @Field() tacitRenewal: boolean;
  @Field(() => Int, { nullable: true }) renewalPeriodMonths: number | null;
  @Field(() => Int, { nullable: true }) noticePeriodMonths: number | null;
  @Field(() => DateScalar, { nullable: true, description: 'Last possible end date after all renewals.' }) latestEndDate: string | null;
  @Field(() => ContractStatus) status: ContractStatus;
  @Field(() => CentsScalar, { nullable: true, description: 'Lumpsum per year (taakgericht funding).' }) lumpsumPerYearCents: number | null;
  @Field(() => DateScalar, { nullable: true, description: 'Open House: date the provider was admitted.' }) admissionDate: string | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}
