import { Entity, Index, OptionalProps, PrimaryKey, Property, BigIntType, Unique, Check } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar, MoneyScalar } from '../shared/graphql/scalars.js';

/**
 * Money paid back to a customer: a credit balance refunded by a supervisor, or a card refund or
 * chargeback from the processor's settlement file. Each has its REFUND ledger entry (+amount).
 */
@ObjectType({ description: 'Money paid back: a refunded credit balance, a card refund or a chargeback.' })
@Entity({ tableName: 'refund', readonly: true })
@Index({ name: 'refund_account_idx', properties: ['accountId'] })
@Check({ name: 'refund_amount_positive', expression: 'amount > 0' })
export class Refund {
  [OptionalProps]?: 'createdAt' | 'createdBy' | 'reference' | 'reason' | 'idempotencyKey' | 'requestHash' | 'naturalKey' | 'importFileId' | 'fee' | 'line';

  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @Field(() => ID)
  @Property({ type: new BigIntType('string') })
  accountId!: string;

  @Field(() => String, { description: 'CREDIT_REFUND, CARD_REFUND or CHARGEBACK.' })
  @Property({ type: 'text' })
  kind!: string;

  @Field(() => MoneyScalar)
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  amount!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  method!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  refundedOn!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reference: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Card processor fee on a refund or chargeback.' })
  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  fee: string | null = null;

  @Field(() => ID)
  @Property({ type: new BigIntType('string') })
  entryId!: string;

  @Property({ type: 'text', nullable: true })
  @Unique({ name: 'refund_idempotency_key' })
  idempotencyKey: string | null = null;

  @Property({ type: 'text', nullable: true })
  requestHash: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Unique({ name: 'refund_natural_key' })
  naturalKey: string | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: new BigIntType('string'), nullable: true })
  importFileId: string | null = null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  line: number | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: new BigIntType('string'), nullable: true })
  createdBy: string | null = null;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
