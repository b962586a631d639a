import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, BigIntType, Unique, type Ref } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BillingCycle } from '../cycles/billing-cycle.entity.js';
import { DateScalar, DateTimeScalar, MoneyScalar } from '../shared/graphql/scalars.js';
import { BillRunKind, BillRunStatus } from './billing-enums.js';

/** A bill run: the edit list, calculation, approval, posting and export of a cycle's bills. */
@ObjectType({ description: 'A bill run through DRAFT → EDITS → CALCULATED → APPROVED → POSTED → EXPORTED.' })
@Entity({ tableName: 'bill_run' })
@Index({ name: 'bill_run_cycle_idx', properties: ['cycle', 'billDate'] })
export class BillRun {
  [OptionalProps]?: 'createdAt' | 'status' | 'kind' | 'totalAccounts' | 'doneAccounts' | 'billCount' | 'total' | 'calcStartedAt' | 'calcFinishedAt'
    | 'firstBillNumber' | 'approvedAt' | 'approvedBy' | 'postedAt' | 'postedBy' | 'exportedAt' | 'createdBy' | 'error' | 'cycle' | 'accountId' | 'thresholds' | 'rebillOfId';

  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  @Unique()
  number!: string;

  @Field(() => BillRunKind)
  @Enum({ items: () => BillRunKind, nativeEnumName: 'bill_run_kind', default: BillRunKind.CYCLE })
  kind: BillRunKind = BillRunKind.CYCLE;

  @ManyToOne(() => BillingCycle, { ref: true, nullable: true })
  cycle: Ref<BillingCycle> | null = null;

  @Field(() => ID, { nullable: true, description: 'For single-account runs (off-cycle, final, rebill).' })
  @Property({ type: new BigIntType('string'), nullable: true })
  accountId: string | null = null;

  @Field(() => ID, { nullable: true, description: 'A rebill run replaces this posted bill when it posts.' })
  @Property({ type: new BigIntType('string'), nullable: true })
  rebillOfId: string | null = null;

  @Field(() => BillRunStatus)
  @Enum({ items: () => BillRunStatus, nativeEnumName: 'bill_run_status', default: BillRunStatus.DRAFT })
  status: BillRunStatus = BillRunStatus.DRAFT;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  readWindowStart!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  readWindowEnd!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  billDate!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  dueDate!: string;

  @Field(() => Int, { description: 'Accounts in the run.' })
  @Property({ type: 'integer', default: 0 })
  totalAccounts: number = 0;

  @Field(() => Int, { description: 'Accounts calculated so far (progress).' })
  @Property({ type: 'integer', default: 0 })
  doneAccounts: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  billCount: number = 0;

  @Field(() => MoneyScalar)
  @Property({ type: 'decimal', precision: 16, scale: 2, default: '0' })
  total: string = '0.00';

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  calcStartedAt: Date | null = null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  calcFinishedAt: Date | null = null;

  /** Bill numbers of a posted run are firstBillNumber + billSeq − 1 (reserved as one block at posting). */
  @Property({ type: new BigIntType('string'), nullable: true })
  firstBillNumber: string | null = null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  approvedAt: Date | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: new BigIntType('string'), nullable: true })
  approvedBy: string | null = null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  postedAt: Date | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: new BigIntType('string'), nullable: true })
  postedBy: string | null = null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  exportedAt: Date | null = null;

  /** The edit-list thresholds of this run (configurable; the defaults of billing-rules.md unless set). */
  @Property({ type: 'json', nullable: true })
  thresholds: Record<string, string> | null = null;

  @Field(() => String, { nullable: true, description: 'Why the last background step failed, if it did.' })
  @Property({ type: 'text', nullable: true })
  error: string | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: new BigIntType('string'), nullable: true })
  createdBy: string | null = null;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
