import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ServiceType } from '../rating/service-type.js';
import { OrderInput, PageArgs } from '../shared/graphql/connection.js';
import { DateTimeFilter, EnumFilter, IdFilter, StringFilter } from '../shared/graphql/filters.js';
import { MoneyScalar } from '../shared/graphql/scalars.js';
import { AdjustmentStatus } from './adjustment-status.js';

@InputType({ description: 'A debit (positive) or credit (negative) adjustment.' })
export class AdjustmentInput {
  @Field(() => ID) accountId!: string;
  @Field(() => MoneyScalar, { description: 'Negative = a credit to the customer.' }) amount!: string;
  @Field(() => String) reasonCode!: string;
  @Field(() => String) note!: string;
  @Field(() => ServiceType, { nullable: true, description: 'The revenue service adjusted (GL by service).' }) service?: ServiceType;
  @Field(() => String, { nullable: true, description: 'Makes a retried request return the first adjustment.' }) idempotencyKey?: string;
}

@InputType({ description: 'An adjustment reason code (ADMIN).' })
export class AdjustmentReasonInput {
  @Field(() => String) code!: string;
  @Field(() => String) description!: string;
  @Field(() => Boolean, { nullable: true }) active?: boolean;
  @Field(() => String, { nullable: true, description: 'Entry source for the GL map, e.g. WRITE_OFF.' }) glSource?: string;
}

const AdjustmentStatusFilter = EnumFilter(AdjustmentStatus, 'AdjustmentStatus');

@InputType()
export class AdjustmentFilter {
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) accountId?: IdFilter;
  @Field(() => AdjustmentStatusFilter, { nullable: true }) status?: InstanceType<typeof AdjustmentStatusFilter>;
  @Field(() => StringFilter, { nullable: true }) reasonCode?: StringFilter;
  @Field(() => IdFilter, { nullable: true }) createdBy?: IdFilter;
  @Field(() => DateTimeFilter, { nullable: true }) createdAt?: DateTimeFilter;
}

export enum AdjustmentOrderField {
  CREATED_AT = 'CREATED_AT',
  AMOUNT = 'AMOUNT',
}
registerEnumType(AdjustmentOrderField, { name: 'AdjustmentOrderField' });
const AdjustmentOrder = OrderInput(AdjustmentOrderField, 'Adjustment');

@ArgsType()
export class AdjustmentListArgs extends PageArgs {
  @Field(() => AdjustmentFilter, { nullable: true }) filter?: AdjustmentFilter;
  @Field(() => [AdjustmentOrder], { nullable: true }) orderBy?: InstanceType<typeof AdjustmentOrder>[];
}

@InputType()
export class AdjustmentReasonFilter {
  @Field(() => String, { nullable: true }) q?: string;
}

export enum AdjustmentReasonOrderField {
  CODE = 'CODE',
}
registerEnumType(AdjustmentReasonOrderField, { name: 'AdjustmentReasonOrderField' });
const AdjustmentReasonOrder = OrderInput(AdjustmentReasonOrderField, 'AdjustmentReason');

@ArgsType()
export class AdjustmentReasonListArgs extends PageArgs {
  @Field(() => AdjustmentReasonFilter, { nullable: true }) filter?: AdjustmentReasonFilter;
  @Field(() => [AdjustmentReasonOrder], { nullable: true }) orderBy?: InstanceType<typeof AdjustmentReasonOrder>[];
}
