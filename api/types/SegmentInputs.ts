import { Field, ID, InputType, Int } from 'type-graphql';
import type { AccessRoute } from '../../schema/enums';
import { AccessRouteEnum, FundingModel, ProcurementMethod } from './enums';

@InputType()
export class SegmentFilter {
  @Field(() => ID, { nullable: true }) regionId?: string | null;
}

@InputType()
export class CreateSegmentInput {
  @Field(() => ID) regionId: string;
  @Field(() => Int, { description: '1..99, unique within the region.' }) number: number;
  @Field() name: string;
  @Field(() => ProcurementMethod) procurementMethod: ProcurementMethod;
  @Field(() => FundingModel) fundingModel: FundingModel;
  @Field(() => [AccessRouteEnum], { nullable: true }) accessRoutes?: AccessRoute[];
}

@InputType()
export class UpdateSegmentInput {
  @Field(() => Int, { nullable: true }) number?: number;
  @Field({ nullable: true }) name?: string;
  @Field(() => ProcurementMethod, { nullable: true }) procurementMethod?: ProcurementMethod;
  @Field(() => FundingModel, { nullable: true }) fundingModel?: FundingModel;
  @Field(() => [AccessRouteEnum], { nullable: true }) accessRoutes?: AccessRoute[];
}
