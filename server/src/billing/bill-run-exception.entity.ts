import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, BigIntType, Unique, type Ref } from '@mikro-orm/postgresql';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import { DateTimeScalar } from '../shared/graphql/scalars.js';
import { ExceptionStatus } from './billing-enums.js';
import { BillRun } from './bill-run.entity.js';

/** One exception of the pre-billing edit list, with the action that resolved it (who and when). */
@ObjectType({ description: 'An edit-list exception: rule, figures, and how it was worked.' })
@Entity({ tableName: 'bill_run_exception' })
@Index({ name: 'bill_run_exception_run_idx', properties: ['run', 'code', 'status'] })
@Unique({ name: 'bill_run_exception_key', properties: ['run', 'account', 'code'] })
export class BillRunException {
  [OptionalProps]?: 'status' | 'resolution' | 'resolvedBy' | 'resolvedAt' | 'note' | 'workOrderId' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @ManyToOne(() => BillRun, { ref: true })
  run!: Ref<BillRun>;

  @ManyToOne(() => Account, { ref: true })
  account!: Ref<Account>;

  @Field(() => ID, { description: 'The account the exception is on (api-contract.md: exceptions { code accountId blocking }).' })
  get accountId(): string {
    return this.account.id;
  }

  @Field(() => String, { description: 'NO_READ, NEGATIVE, HIGH, LOW, ZERO, ROLLOVER, METER_CHANGE, AMI_ALERT or PARTIAL_PERIOD.' })
  @Property({ type: 'text' })
  code!: string;

  @Field(() => Boolean, { description: 'Stops this account (not the run) while open.' })
  @Property({ type: 'boolean' })
  blocking!: boolean;

  @Field(() => String)
  @Property({ type: 'text' })
  message!: string;

  @Field(() => GraphQLJSON, { description: 'The numbers behind the check (usage, average, threshold, days).' })
  @Property({ type: 'json' })
  figures!: Record<string, string>;

  @Field(() => ExceptionStatus)
  @Enum({ items: () => ExceptionStatus, nativeEnumName: 'exception_status', default: ExceptionStatus.OPEN })
  status: ExceptionStatus = ExceptionStatus.OPEN;

  @Field(() => String, { nullable: true, description: 'ACCEPT, CORRECT_READ, ESTIMATE, HOLD or WORK_ORDER.' })
  @Property({ type: 'text', nullable: true })
  resolution: string | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: new BigIntType('string'), nullable: true })
  resolvedBy: string | null = null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  resolvedAt: Date | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: new BigIntType('string'), nullable: true })
  workOrderId: string | null = null;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
