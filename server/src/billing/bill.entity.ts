import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, BigIntType, Unique, type Ref } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import { DateScalar, DateTimeScalar, DecimalScalar, MoneyScalar } from '../shared/graphql/scalars.js';
import { BillKind } from './billing-enums.js';
import { BillRun } from './bill-run.entity.js';

/**
 * A bill: the charges of one account for one period, with its reads and lines. Bulk runs write bills
 * with COPY; the lines and reads are kept with the bill as JSON (a bill is a document, never edited
 * once posted). Status and number follow the run: see bill.resolver.ts.
 */
@ObjectType({ description: 'A bill: period, reads, usage and explained charge lines.' })
@Entity({ tableName: 'bill', readonly: true })
@Unique({ name: 'bill_run_seq_key', properties: ['run', 'billSeq'] })
@Unique({ name: 'bill_run_account_key', properties: ['run', 'account'] })
@Index({ name: 'bill_account_period_idx', properties: ['account', 'periodEnd'] })
export class Bill {
  [OptionalProps]?: 'createdAt' | 'cancelledAt' | 'cancelledBy' | 'cancelReason' | 'rebillOfId' | 'endReadId' | 'estimated';

  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @ManyToOne(() => BillRun, { ref: true, createForeignKeyConstraint: false })
  run!: Ref<BillRun>;

  @ManyToOne(() => Account, { ref: true, createForeignKeyConstraint: false })
  account!: Ref<Account>;

  /** Order of the bill within its run (bill numbers follow it). */
  @Property({ type: 'integer' })
  billSeq!: number;

  @Field(() => BillKind)
  @Enum({ items: () => BillKind, nativeEnumName: 'bill_kind' })
  kind!: BillKind;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  periodStart!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  periodEnd!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  days!: number;

  @Field(() => DecimalScalar, { description: 'Consumption of the period in gallons.' })
  @Property({ type: 'decimal', precision: 18, scale: 3 })
  usage!: string;

  @Field(() => Boolean, { description: 'The period ends on an estimated read.' })
  @Property({ type: 'boolean', default: false })
  estimated: boolean = false;

  @Property({ type: 'json', columnType: 'json' })
  reads!: unknown;

  @Property({ type: 'json', columnType: 'json' })
  lines!: unknown;

  @Property({ type: 'json' })
  serviceTotals!: Record<string, string>;

  @Field(() => MoneyScalar, { description: 'Current charges: the sum of the rounded lines.' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  total!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  billDate!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  dueDate!: string;

  /** The read the period ends on: the next period starts from it. */
  @Property({ type: new BigIntType('string'), nullable: true })
  endReadId: string | null = null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  cancelledAt: Date | null = null;

  @Property({ type: new BigIntType('string'), nullable: true })
  cancelledBy: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  cancelReason: string | null = null;

  @Field(() => ID, { nullable: true, description: 'The bill this one replaces (cancel-and-rebill).' })
  @Property({ type: new BigIntType('string'), nullable: true })
  rebillOfId: string | null = null;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
