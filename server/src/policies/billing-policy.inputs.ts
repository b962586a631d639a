import { Field, InputType, Int } from 'type-graphql';
import { DecimalScalar, MoneyScalar } from '../shared/graphql/scalars.js';
import { ClassDepositInput } from './billing-policy.types.js';

/** api-contract.md "Policies": every field optional; omitted = unchanged. */
@InputType()
export class BillingPolicyInput {
  @Field(() => DecimalScalar, { nullable: true, description: 'Of the unpaid current charges of a bill (10 = 10 %).' }) lateFeePercent?: string;
  @Field(() => MoneyScalar, { nullable: true, description: 'The fee is max(flat, percent × unpaid).' }) lateFeeFlat?: string;
  @Field(() => Int, { nullable: true }) lateFeeGraceDays?: number;
  @Field(() => MoneyScalar, { nullable: true }) returnedPaymentFee?: string;
  @Field(() => MoneyScalar, { nullable: true }) reconnectFee?: string;
  @Field(() => MoneyScalar, { nullable: true }) cutoffMinimumPastDue?: string;
  @Field(() => Int, { nullable: true }) cutoffDaysPastDue?: number;
  @Field(() => DecimalScalar, { nullable: true }) leakMinRatio?: string;
  @Field(() => Int, { nullable: true }) leakOnceInMonths?: number;
  @Field(() => Int, { nullable: true }) leakBaselinePeriods?: number;
  @Field(() => DecimalScalar, { nullable: true }) leakExcessShare?: string;
  @Field(() => DecimalScalar, { nullable: true }) leakExcessRate?: string;
  @Field(() => Boolean, { nullable: true }) leakCreditSewerOnExcess?: boolean;
  @Field(() => MoneyScalar, { nullable: true }) adjustmentApprovalAbove?: string;
  @Field(() => String, { nullable: true }) utilityName?: string;
  @Field(() => [String], { nullable: true, description: 'One entry per line, at most 4.' }) remitTo?: string[];
  @Field(() => String, { nullable: true }) utilityPhone?: string;
  @Field(() => String, { nullable: true }) utilityWeb?: string;
  @Field(() => [ClassDepositInput], { nullable: true, description: 'Deposits by customer class; classes not listed stay as they are.' })
  depositByClass?: ClassDepositInput[];
}
