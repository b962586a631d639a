import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, BigIntType, Unique, Check, type Ref } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { ServiceType } from '../rating/service-type.js';
import { DateScalar, DateTimeScalar, MoneyScalar } from '../shared/graphql/scalars.js';
import { AdjustmentReason } from './adjustment-reason.entity.js';
import { AdjustmentStatus } from './adjustment-status.js';

/**
 * An adjustment (billing-rules.md "Adjustments"): reason code, note and author; above the policy's
 * approval limit it waits for a supervisor who is not its author (maker-checker) before it posts.
 */
@ObjectType({ description: 'A debit or credit adjustment with its reason, note, author and approval.' })
@Entity({ tableName: 'adjustment', readonly: true })
@Index({ name: 'adjustment_account_idx', properties: ['accountId'] })
@Index({ name: 'adjustment_status_idx', properties: ['status'] })
@Check({ name: 'adjustment_amount_not_zero', expression: 'amount <> 0' })
export class Adjustment {
  [OptionalProps]?: 'createdAt' | 'createdBy' | 'service' | 'status' | 'postedOn' | 'entryId' | 'idempotencyKey' | 'requestHash' | 'decidedBy' | 'decidedAt' | 'decisionNote' | 'billId';

  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @Field(() => ID)
  @Property({ type: new BigIntType('string') })
  accountId!: string;

  @Field(() => MoneyScalar, { description: 'Negative: a credit to the customer.' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  amount!: string;

  @ManyToOne(() => AdjustmentReason, { ref: true, fieldName: 'reason_code' })
  reason!: Ref<AdjustmentReason>;

  @Field(() => String)
  @Property({ type: 'text' })
  note!: string;

  @Field(() => ServiceType, { nullable: true, description: 'Revenue service adjusted (for the GL).' })
  @Enum({ items: () => ServiceType, nativeEnumName: 'service_type', nullable: true })
  service: ServiceType | null = null;

  @Field(() => AdjustmentStatus)
  @Enum({ items: () => AdjustmentStatus, nativeEnumName: 'adjustment_status', default: AdjustmentStatus.PENDING_APPROVAL })
  status: AdjustmentStatus = AdjustmentStatus.PENDING_APPROVAL;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  postedOn: string | null = null;

  @Field(() => ID, { nullable: true, description: 'The ADJUSTMENT ledger entry, once posted.' })
  @Property({ type: new BigIntType('string'), nullable: true })
  entryId: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Unique({ name: 'adjustment_idempotency_key' })
  idempotencyKey: string | null = null;

  @Property({ type: 'text', nullable: true })
  requestHash: string | null = null;

  @Field(() => ID, { nullable: true, description: 'The bill adjusted (leak adjustments).' })
  @Property({ type: new BigIntType('string'), nullable: true })
  billId: string | null = null;

  @Field(() => ID, { nullable: true, description: 'Author.' })
  @Property({ type: new BigIntType('string'), nullable: true })
  createdBy: string | null = null;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => ID, { nullable: true, description: 'The supervisor who approved or rejected it.' })
  @Property({ type: new BigIntType('string'), nullable: true })
  decidedBy: string | null = null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  decisionNote: string | null = null;
}
