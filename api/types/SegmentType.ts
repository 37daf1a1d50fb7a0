import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { AccessRoute } from '../../schema/enums';
import { AccessRouteEnum, FundingModel, ProcurementMethod } from './enums';

@ObjectType('Segment', { description: 'A purchasing segment of a region, with its own procurement method and funding model.' })
export class SegmentType {
  @Field(() => ID) id: string;
  @Field(() => ID) regionId: string;
  @Field(() => Int, { description: 'Segment number within the region.' }) number: number;
  @Field() name: string;
  @Field(() => ProcurementMethod) procurementMethod: ProcurementMethod;
  @Field(() => FundingModel) fundingModel: FundingModel;
  @Field(() => [AccessRouteEnum]) accessRoutes: AccessRoute[];
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}
