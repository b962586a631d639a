import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, BigIntType } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar, MoneyScalar } from '../shared/graphql/scalars.js';
import { BatchKind, BatchStatus, PaymentMethod } from './payment-enums.js';

/**
 * A batch of payments with a control count and total (billing-rules.md: "A batch posts only when it
 * balances"): a clerk's cash drawer for a business day, or the batch of one imported file.
 * Counter payments reach the ledger at once; the drawer is balanced and posted at day end.
 */
@ObjectType({ description: 'A cash drawer or an imported file: payments with a control count and total.' })
@Entity({ tableName: 'payment_batch' })
@Index({ name: 'payment_batch_date_idx', properties: ['businessDate', 'kind'] })
export class PaymentBatch {
  [OptionalProps]?: 'status' | 'drawer' | 'controlCount' | 'controlTotal' | 'depositTotal' | 'openedBy' | 'openedAt' | 'postedBy' | 'postedAt' | 'name';

  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @Field(() => BatchKind)
  @Enum({ items: () => BatchKind, nativeEnumName: 'payment_batch_kind' })
  kind!: BatchKind;

  @Field(() => BatchStatus)
  @Enum({ items: () => BatchStatus, nativeEnumName: 'payment_batch_status', default: BatchStatus.OPEN })
  status: BatchStatus = BatchStatus.OPEN;

  @Field(() => String, { description: 'Drawer label or file name.' })
  @Property({ type: 'text', default: '' })
  name: string = '';

  @Field(() => [PaymentMethod], { description: 'Methods the batch takes.' })
  @Property({ type: 'text[]' })
  methods!: PaymentMethod[];

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  businessDate!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  drawer: string | null = null;

  @Field(() => Int, { nullable: true, description: 'Payments counted (drawer) or declared (file).' })
  @Property({ type: 'integer', nullable: true })
  controlCount: number | null = null;

  @Field(() => MoneyScalar, { nullable: true })
  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  controlTotal: string | null = null;

  @Field(() => MoneyScalar, { nullable: true, description: 'What the bank should deposit: the total, or the net of card fees, refunds and chargebacks.' })
  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  depositTotal: string | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: new BigIntType('string'), nullable: true })
  openedBy: string | null = null;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  openedAt: Date = new Date();

  @Field(() => ID, { nullable: true })
  @Property({ type: new BigIntType('string'), nullable: true })
  postedBy: string | null = null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  postedAt: Date | null = null;
}
