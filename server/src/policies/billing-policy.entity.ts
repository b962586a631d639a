import { Check, Entity, OptionalProps, PrimaryKey, Property, BigIntType } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, DecimalScalar, MoneyScalar } from '../shared/graphql/scalars.js';

/**
 * The utility's billing policy: one row (id 1), data not code (billing-rules.md: "Where a rule says
 * configurable, it is data"). Read by late fees, returned payments, cut-off, leak adjustments,
 * adjustment approval and deposits through loadBillingPolicy.
 */
@ObjectType({ description: 'The billing policy: fees, penalties, cut-off, leak adjustment and approval limits.' })
@Entity({ tableName: 'billing_policy' })
@Check({ name: 'billing_policy_one_row', expression: 'id = 1' })
export class BillingPolicy {
  [OptionalProps]?: 'updatedAt' | 'updatedBy' | 'utilityName' | 'remitTo' | 'utilityPhone' | 'utilityWeb';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id!: number;

  @Field(() => DecimalScalar, { description: 'Percent of the unpaid current charges of a bill (10 = 10 %).' })
  @Property({ type: 'decimal', precision: 9, scale: 4 })
  lateFeePercent!: string;

  @Field(() => MoneyScalar, { description: 'The late fee is max(flat, percent × unpaid).' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  lateFeeFlat!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  lateFeeGraceDays!: number;

  @Field(() => MoneyScalar)
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  returnedPaymentFee!: string;

  @Field(() => MoneyScalar)
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  reconnectFee!: string;

  @Field(() => MoneyScalar)
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  cutoffMinimumPastDue!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  cutoffDaysPastDue!: number;

  @Field(() => DecimalScalar)
  @Property({ type: 'decimal', precision: 12, scale: 6 })
  leakMinRatio!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  leakOnceInMonths!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  leakBaselinePeriods!: number;

  @Field(() => DecimalScalar)
  @Property({ type: 'decimal', precision: 12, scale: 6 })
  leakExcessShare!: string;

  @Field(() => DecimalScalar, { description: 'Dollars per rate volume unit for the excess not billed at normal rates.' })
  @Property({ type: 'decimal', precision: 12, scale: 6 })
  leakExcessRate!: string;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  leakCreditSewerOnExcess!: boolean;

  @Field(() => MoneyScalar, { description: 'Adjustments above this (absolute value) need a supervisor other than the author.' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  adjustmentApprovalAbove!: string;

  @Field(() => String, { description: 'The utility as its bills name it (letterhead).' })
  @Property({ type: 'text', default: 'City Water & Sewer Utility' })
  utilityName!: string;

  @Field(() => [String], { description: 'Remit-to address printed on the payment stub, one entry per line (at most 4).' })
  @Property({ type: 'json', default: '["Utility Billing Office"]' })
  remitTo!: string[];

  @Field(() => String, { description: 'Customer service telephone printed on bills.' })
  @Property({ type: 'text', default: '' })
  utilityPhone!: string;

  @Field(() => String, { description: 'Web address printed on bills.' })
  @Property({ type: 'text', default: '' })
  utilityWeb!: string;

  /** Deposit required of a new account by customer class, e.g. { RESIDENTIAL: "50.00" }. */
  @Property({ type: 'json' })
  depositByClass!: Record<string, string>;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Date = new Date();

  @Field(() => ID, { nullable: true })
  @Property({ type: new BigIntType('string'), nullable: true })
  updatedBy: string | null = null;
}
