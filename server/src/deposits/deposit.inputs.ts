import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { PaymentMethod } from '../payments/payment-enums.js';
import { OrderInput, PageArgs } from '../shared/graphql/connection.js';
import { EnumFilter, IdFilter } from '../shared/graphql/filters.js';
import { DateScalar, MoneyScalar } from '../shared/graphql/scalars.js';
import { DepositStatus } from './deposit-status.js';

@InputType({ description: 'A deposit collected from a customer (held as a liability).' })
export class DepositInput {
  @Field(() => ID) accountId!: string;
  @Field(() => MoneyScalar, { nullable: true, description: "Default: the account's required deposit, else its customer class's." }) amount?: string;
  @Field(() => PaymentMethod) method!: PaymentMethod;
  @Field(() => DateScalar, { nullable: true, description: 'Default today.' }) receivedOn?: string;
  @Field(() => String, { nullable: true }) reference?: string;
  @Field(() => String) idempotencyKey!: string;
}

const DepositStatusFilter = EnumFilter(DepositStatus, 'DepositStatus');

@InputType()
export class DepositFilter {
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) accountId?: IdFilter;
  @Field(() => DepositStatusFilter, { nullable: true }) status?: InstanceType<typeof DepositStatusFilter>;
}

export enum DepositOrderField {
  RECEIVED_ON = 'RECEIVED_ON',
}
registerEnumType(DepositOrderField, { name: 'DepositOrderField' });
const DepositOrder = OrderInput(DepositOrderField, 'Deposit');

@ArgsType()
export class DepositListArgs extends PageArgs {
  @Field(() => DepositFilter, { nullable: true }) filter?: DepositFilter;
  @Field(() => [DepositOrder], { nullable: true }) orderBy?: InstanceType<typeof DepositOrder>[];
}
