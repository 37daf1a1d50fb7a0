import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../scalars';

export enum DeadlineKindEnum {
  END = 'END',
  RENEWAL = 'RENEWAL',
  NOTICE_DEADLINE = 'NOTICE_DEADLINE',
}
registerEnumType(DeadlineKindEnum, {
  name: 'DeadlineKind',
  description: 'END: the contract ends; RENEWAL: it renews tacitly; NOTICE_DEADLINE: last day to give notice before that renewal.',
});

@ObjectType('ContractDeadline', { description: 'An upcoming end, tacit renewal or notice deadline of a contract.' })
export class ContractDeadlineType {
  @Field(() => ID) contractId: string;
  @Field(() => DeadlineKindEnum) kind: DeadlineKindEnum;
  @Field(() => DateScalar) date: string;
}
