import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { OrderInput, PageArgs } from '../shared/graphql/connection.js';
import { DateFilter, EnumFilter, IdFilter, StringFilter } from '../shared/graphql/filters.js';
import { DateScalar, DecimalScalar } from '../shared/graphql/scalars.js';
import { WorkOrderStatus, WorkOrderType } from './work-order-enums.js';

@InputType()
export class WorkOrderInput {
  @Field(() => WorkOrderType) type!: WorkOrderType;
  @Field(() => ID, { nullable: true, description: 'The premise; taken from the account when omitted.' }) premiseId?: string;
  @Field(() => ID, { nullable: true }) accountId?: string;
  @Field(() => String, { nullable: true }) reason?: string;
  @Field(() => DateScalar, { nullable: true }) scheduledFor?: string;
  @Field(() => String, { nullable: true }) notes?: string;
}

@InputType({ description: 'What the crew found; a read is required for TURN_ON and RE_READ.' })
export class CompleteWorkOrderInput {
  @Field(() => ID) id!: string;
  @Field(() => DateScalar) completedOn!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Register reading taken on site.' }) readValue?: string;
  @Field(() => String, { nullable: true }) notes?: string;
}

const TypeFilter = EnumFilter(WorkOrderType, 'WorkOrderType');
const StatusFilter = EnumFilter(WorkOrderStatus, 'WorkOrderStatus');

@InputType()
export class WorkOrderFilter {
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => StringFilter, { nullable: true }) number?: StringFilter;
  @Field(() => TypeFilter, { nullable: true }) type?: InstanceType<typeof TypeFilter>;
  @Field(() => StatusFilter, { nullable: true }) status?: InstanceType<typeof StatusFilter>;
  @Field(() => IdFilter, { nullable: true }) accountId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) premiseId?: IdFilter;
  @Field(() => DateFilter, { nullable: true }) scheduledFor?: DateFilter;
}

export enum WorkOrderOrderField {
  NUMBER = 'NUMBER',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(WorkOrderOrderField, { name: 'WorkOrderOrderField' });
const WorkOrderOrder = OrderInput(WorkOrderOrderField, 'WorkOrder');

@ArgsType()
export class WorkOrderListArgs extends PageArgs {
  @Field(() => WorkOrderFilter, { nullable: true }) filter?: WorkOrderFilter;
  @Field(() => [WorkOrderOrder], { nullable: true }) orderBy?: InstanceType<typeof WorkOrderOrder>[];
}
