import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, BigIntType, Unique, Check, type Ref } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { MaskForReporting } from '../auth/mask.middleware.js';
import { Account } from '../accounts/account.entity.js';
import { DateScalar, DateTimeScalar, MoneyScalar } from '../shared/graphql/scalars.js';
import { PaymentMethod, PaymentStatus } from './payment-enums.js';
import { PaymentBatch } from './payment-batch.entity.js';

type Optional = 'account' | 'status' | 'reference' | 'payerName' | 'accountReference' | 'idempotencyKey' | 'requestHash' | 'naturalKey' | 'batch' | 'importFileId' | 'line' | 'fee' | 'note' | 'entryId' | 'viaSuspense' | 'suspenseAppliedAt' | 'suspenseAppliedBy' | 'reversalEntryId' | 'reversedOn' | 'reversedBy' | 'returnCode' | 'returnReason' | 'createdBy' | 'createdAt';

/**
 * Money received (billing-rules.md "Payments"). Written with SQL by the payment services (one row
 * per payment, its PAYMENT ledger entry in the same transaction); the row's status moves
 * (SUSPENSE → POSTED → REVERSED) while the ledger keeps every step as a new entry.
 */
@ObjectType({ description: 'A payment: counter, portal, lockbox, card or ACH.' })
@Entity({ tableName: 'payment', readonly: true })
@Index({ name: 'payment_account_idx', properties: ['account', 'receivedOn'] })
@Index({ name: 'payment_batch_idx', properties: ['batch'] })
// Imports write 100,000 payments at a time: indexes that only some rows need are partial, and the
// date index is BRIN (payments arrive in date order), so each imported row costs few index writes.
@Index({ name: 'payment_ach_trace_idx', expression: `create index "payment_ach_trace_idx" on "payment" ("reference") where method = 'ACH'` })
@Index({ name: 'payment_received_brin', expression: 'create index "payment_received_brin" on "payment" using brin ("received_on")' })
@Index({ name: 'payment_suspense_idx', expression: `create index "payment_suspense_idx" on "payment" ("received_on") where status = 'SUSPENSE'` })
@Unique({ name: 'payment_idempotency_key', expression: 'create unique index "payment_idempotency_key" on "payment" ("idempotency_key") where idempotency_key is not null' })
@Unique({ name: 'payment_natural_key', expression: 'create unique index "payment_natural_key" on "payment" ("natural_key") where natural_key is not null' })
@Check({ name: 'payment_amount_positive', expression: 'amount > 0' })
export class Payment {
  [OptionalProps]?: Optional;

  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  /** No foreign key: a posted payment's ledger entry holds the account by its own key (checked there), suspense has none. */
  @ManyToOne(() => Account, { ref: true, nullable: true, createForeignKeyConstraint: false })
  account: Ref<Account> | null = null;

  @Field(() => MoneyScalar)
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  amount!: string;

  @Field(() => PaymentMethod)
  @Enum({ items: () => PaymentMethod, nativeEnumName: 'payment_method' })
  method!: PaymentMethod;

  @Field(() => PaymentStatus)
  @Enum({ items: () => PaymentStatus, nativeEnumName: 'payment_status', default: PaymentStatus.POSTED })
  status: PaymentStatus = PaymentStatus.POSTED;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  receivedOn!: string;

  @Field(() => String, { nullable: true, description: 'Check number, card transaction id or ACH trace number.' })
  @Property({ type: 'text', nullable: true })
  reference: string | null = null;

  @Field(() => String, { nullable: true })
  @UseMiddleware(MaskForReporting)
  @Property({ type: 'text', nullable: true })
  payerName: string | null = null;

  @Field(() => String, { nullable: true, description: 'The account number as the file wrote it (suspense items).' })
  @Property({ type: 'text', nullable: true })
  accountReference: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  idempotencyKey: string | null = null;

  @Property({ type: 'text', nullable: true })
  requestHash: string | null = null;

  /** Stable key of an imported line: a partly imported file re-run posts only what is missing. */
  @Property({ type: 'text', nullable: true })
  naturalKey: string | null = null;

  /** No foreign key: the services check the batch, and an import writes 100,000 rows of its own new batch (the check cost ~0.6 s). */
  @ManyToOne(() => PaymentBatch, { ref: true, nullable: true, createForeignKeyConstraint: false })
  batch: Ref<PaymentBatch> | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: new BigIntType('string'), nullable: true })
  importFileId: string | null = null;

  @Field(() => Int, { nullable: true, description: 'Line of the imported file.' })
  @Property({ type: 'integer', nullable: true })
  line: number | null = null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Card processor fee (an expense; the customer is credited the gross).' })
  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  fee: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => ID, { nullable: true, description: 'The PAYMENT ledger entry.' })
  @Property({ type: new BigIntType('string'), nullable: true })
  entryId: string | null = null;

  @Field(() => Boolean, { description: 'Went through the suspense queue (unmatched when received).' })
  @Property({ type: 'boolean', default: false })
  viaSuspense: boolean = false;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  suspenseAppliedAt: Date | null = null;

  @Property({ type: new BigIntType('string'), nullable: true })
  suspenseAppliedBy: string | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: new BigIntType('string'), nullable: true })
  reversalEntryId: string | null = null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  reversedOn: string | null = null;

  @Property({ type: new BigIntType('string'), nullable: true })
  reversedBy: string | null = null;

  @Field(() => String, { nullable: true, description: 'NSF, CLOSED_ACCOUNT or an ACH return code (R01…); null for a correction.' })
  @Property({ type: 'text', nullable: true })
  returnCode: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  returnReason: string | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: new BigIntType('string'), nullable: true })
  createdBy: string | null = null;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
