import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, BigIntType, Unique, Check } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { PaymentMethod } from '../payments/payment-enums.js';
import { DateScalar, DateTimeScalar, MoneyScalar } from '../shared/graphql/scalars.js';
import { DepositStatus } from './deposit-status.js';

/**
 * A customer deposit (billing-rules.md "Deposits"): held as a liability, not AR, so collecting it
 * writes no ledger entry (the GL journal shows Dr cash / Cr customer deposits from this table).
 * Applied to the final bill by a DEPOSIT_APPLIED entry, or refunded.
 */
@ObjectType({ description: 'A customer deposit held as a liability, applied on the final bill or refunded.' })
@Entity({ tableName: 'deposit', readonly: true })
@Index({ name: 'deposit_account_idx', properties: ['accountId', 'status'] })
@Check({ name: 'deposit_amount_positive', expression: 'amount > 0' })
export class Deposit {
  [OptionalProps]?: 'createdAt' | 'createdBy' | 'reference' | 'status' | 'appliedEntryId' | 'appliedOn' | 'refundedOn' | 'refundReference' | 'requestHash' | 'closedBy';

  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @Field(() => ID)
  @Property({ type: new BigIntType('string') })
  accountId!: string;

  @Field(() => MoneyScalar)
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  amount!: string;

  @Field(() => DepositStatus)
  @Enum({ items: () => DepositStatus, nativeEnumName: 'deposit_status', default: DepositStatus.HELD })
  status: DepositStatus = DepositStatus.HELD;

  @Field(() => PaymentMethod)
  @Enum({ items: () => PaymentMethod, nativeEnumName: 'payment_method' })
  method!: PaymentMethod;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  receivedOn!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reference: string | null = null;

  @Property({ type: 'text' })
  @Unique({ name: 'deposit_idempotency_key' })
  idempotencyKey!: string;

  @Property({ type: 'text', nullable: true })
  requestHash: string | null = null;

  @Field(() => ID, { nullable: true, description: 'The DEPOSIT_APPLIED entry of the final bill.' })
  @Property({ type: new BigIntType('string'), nullable: true })
  appliedEntryId: string | null = null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  appliedOn: string | null = null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  refundedOn: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  refundReference: string | null = null;

  @Property({ type: new BigIntType('string'), nullable: true })
  closedBy: string | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: new BigIntType('string'), nullable: true })
  createdBy: string | null = null;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
