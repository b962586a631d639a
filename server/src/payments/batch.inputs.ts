import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { OrderInput, PageArgs } from '../shared/graphql/connection.js';
import { DateFilter, EnumFilter, IdFilter, StringFilter } from '../shared/graphql/filters.js';
import { DateScalar, MoneyScalar } from '../shared/graphql/scalars.js';
import { BatchKind, BatchStatus, PaymentMethod } from './payment-enums.js';

@InputType({ description: "Opens a clerk's cash drawer for a business day." })
export class OpenBatchInput {
  @Field(() => String, { description: 'Drawer or window label, e.g. "Window 2".' }) drawer!: string;
  @Field(() => [PaymentMethod], { nullable: true, description: 'Methods taken (default CASH, CHECK, CARD).' }) methods?: PaymentMethod[];
  @Field(() => DateScalar, { nullable: true, description: 'Default today.' }) businessDate?: string;
  @Field(() => Int, { nullable: true }) controlCount?: number;
  @Field(() => MoneyScalar, { nullable: true }) controlTotal?: string;
}

@InputType({ description: 'What the clerk counted in the drawer.' })
export class BalanceBatchInput {
  @Field(() => ID) batchId!: string;
  @Field(() => Int) controlCount!: number;
  @Field(() => MoneyScalar) controlTotal!: string;
}

const BatchStatusFilter = EnumFilter(BatchStatus, 'PaymentBatchStatus');
const BatchKindFilter = EnumFilter(BatchKind, 'PaymentBatchKind');

@InputType()
export class PaymentBatchFilter {
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => BatchStatusFilter, { nullable: true }) status?: InstanceType<typeof BatchStatusFilter>;
  @Field(() => BatchKindFilter, { nullable: true }) kind?: InstanceType<typeof BatchKindFilter>;
  @Field(() => DateFilter, { nullable: true }) businessDate?: DateFilter;
  @Field(() => StringFilter, { nullable: true }) drawer?: StringFilter;
  @Field(() => IdFilter, { nullable: true }) openedBy?: IdFilter;
}

export enum PaymentBatchOrderField {
  BUSINESS_DATE = 'BUSINESS_DATE',
  OPENED_AT = 'OPENED_AT',
}
registerEnumType(PaymentBatchOrderField, { name: 'PaymentBatchOrderField' });
const PaymentBatchOrder = OrderInput(PaymentBatchOrderField, 'PaymentBatch');

@ArgsType()
export class PaymentBatchListArgs extends PageArgs {
  @Field(() => PaymentBatchFilter, { nullable: true }) filter?: PaymentBatchFilter;
  @Field(() => [PaymentBatchOrder], { nullable: true }) orderBy?: InstanceType<typeof PaymentBatchOrder>[];
}
