import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { OrderInput, PageArgs } from '../shared/graphql/connection.js';
import { BooleanFilter, DateFilter, EnumFilter, IdFilter, StringFilter } from '../shared/graphql/filters.js';
import { DateScalar, MoneyScalar } from '../shared/graphql/scalars.js';
import { PaymentMethod, PaymentStatus } from './payment-enums.js';

@InputType({ description: 'A payment taken at the counter, by phone or through the portal.' })
export class PaymentInput {
  @Field(() => ID) accountId!: string;
  @Field(() => MoneyScalar, { description: 'Greater than zero; more than is owed leaves a credit.' }) amount!: string;
  @Field(() => PaymentMethod) method!: PaymentMethod;
  @Field(() => DateScalar) receivedOn!: string;
  @Field(() => String, { nullable: true, description: 'Check number, card authorization, ACH trace number.' }) reference?: string;
  @Field(() => String, { description: 'Generated once per payment by the client and reused on retries.' }) idempotencyKey!: string;
  @Field(() => ID, { nullable: true, description: "The clerk's open cash drawer." }) batchId?: string;
  @Field(() => String, { nullable: true }) note?: string;
}

@InputType({ description: 'A payment that came back (returned check, ACH return) or was taken in error.' })
export class ReversePaymentInput {
  @Field(() => ID) paymentId!: string;
  @Field(() => String, { description: 'Why, in words.' }) reason!: string;
  @Field(() => String, { nullable: true, description: 'NSF, CLOSED_ACCOUNT or an ACH return code (R01…): a return, with the returned-payment fee when due. Omitted: a correction (no fee, not counted as a return).' })
  returnCode?: string;
  @Field(() => DateScalar, { nullable: true, description: 'Default today.' }) returnedOn?: string;
}

@InputType({ description: 'Moves a misapplied payment to the right account by a TRANSFER pair.' })
export class TransferPaymentInput {
  @Field(() => ID) paymentId!: string;
  @Field(() => ID) toAccountId!: string;
  @Field(() => String) reason!: string;
}

@InputType({ description: 'Moves a balance (positive) or a credit (negative) from one account to another.' })
export class TransferBalanceInput {
  @Field(() => ID) fromAccountId!: string;
  @Field(() => ID) toAccountId!: string;
  @Field(() => MoneyScalar) amount!: string;
  @Field(() => String) reason!: string;
  @Field(() => String) idempotencyKey!: string;
}

@InputType({ description: 'Pays back (part of) a credit balance.' })
export class RefundInput {
  @Field(() => ID) accountId!: string;
  @Field(() => MoneyScalar) amount!: string;
  @Field(() => PaymentMethod, { description: 'How the money goes back (CHECK, ACH, CARD…).' }) method!: PaymentMethod;
  @Field(() => String, { nullable: true, description: 'Check number or trace.' }) reference?: string;
  @Field(() => String) reason!: string;
  @Field(() => String) idempotencyKey!: string;
}

const PaymentStatusFilter = EnumFilter(PaymentStatus, 'PaymentStatus');
const PaymentMethodFilter = EnumFilter(PaymentMethod, 'PaymentMethod');

@InputType()
export class PaymentFilter {
  @Field(() => String, { nullable: true, description: 'Searches reference, payer name and the account number as written.' }) q?: string;
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) accountId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) batchId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) importFileId?: IdFilter;
  @Field(() => PaymentStatusFilter, { nullable: true }) status?: InstanceType<typeof PaymentStatusFilter>;
  @Field(() => PaymentMethodFilter, { nullable: true }) method?: InstanceType<typeof PaymentMethodFilter>;
  @Field(() => DateFilter, { nullable: true }) receivedOn?: DateFilter;
  @Field(() => StringFilter, { nullable: true }) reference?: StringFilter;
  @Field(() => BooleanFilter, { nullable: true }) viaSuspense?: BooleanFilter;
}

export enum PaymentOrderField {
  RECEIVED_ON = 'RECEIVED_ON',
  CREATED_AT = 'CREATED_AT',
  AMOUNT = 'AMOUNT',
}
registerEnumType(PaymentOrderField, { name: 'PaymentOrderField' });
const PaymentOrder = OrderInput(PaymentOrderField, 'Payment');

@ArgsType()
export class PaymentListArgs extends PageArgs {
  @Field(() => PaymentFilter, { nullable: true }) filter?: PaymentFilter;
  @Field(() => [PaymentOrder], { nullable: true }) orderBy?: InstanceType<typeof PaymentOrder>[];
}
