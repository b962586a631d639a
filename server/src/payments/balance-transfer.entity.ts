import { Entity, OptionalProps, PrimaryKey, Property, BigIntType, Unique, Check } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar, MoneyScalar } from '../shared/graphql/scalars.js';

/**
 * Money moved between accounts by a TRANSFER pair (billing-rules.md: misapplied payments "are
 * repaired ... by a transfer, never by editing"). `amount` is what `from` owed that `to` now owes;
 * negative when a credit moves (a misapplied payment moves as a negative amount).
 */
@ObjectType({ description: 'A TRANSFER pair moving a balance or a credit between two accounts.' })
@Entity({ tableName: 'balance_transfer', readonly: true })
@Check({ name: 'balance_transfer_two_accounts', expression: 'from_account_id <> to_account_id and amount <> 0' })
export class BalanceTransfer {
  [OptionalProps]?: 'createdAt' | 'createdBy' | 'paymentId' | 'idempotencyKey' | 'requestHash';

  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @Field(() => ID)
  @Property({ type: new BigIntType('string') })
  fromAccountId!: string;

  @Field(() => ID)
  @Property({ type: new BigIntType('string') })
  toAccountId!: string;

  @Field(() => MoneyScalar)
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  amount!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  postedOn!: string;

  @Field(() => ID, { nullable: true, description: 'The misapplied payment this transfer moved.' })
  @Property({ type: new BigIntType('string'), nullable: true })
  paymentId: string | null = null;

  @Field(() => String)
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => ID)
  @Property({ type: new BigIntType('string') })
  outEntryId!: string;

  @Field(() => ID)
  @Property({ type: new BigIntType('string') })
  inEntryId!: string;

  @Property({ type: 'text', nullable: true })
  @Unique({ name: 'balance_transfer_idempotency_key' })
  idempotencyKey: string | null = null;

  @Property({ type: 'text', nullable: true })
  requestHash: string | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: new BigIntType('string'), nullable: true })
  createdBy: string | null = null;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
