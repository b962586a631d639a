import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, BigIntType, type Ref } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import { DateTimeScalar } from '../shared/graphql/scalars.js';
import { BillRun } from './bill-run.entity.js';

/** What a clerk did on the edit list, who and when (billing-rules.md: "Every action records who and when"). */
@ObjectType({ description: 'An action taken on the edit list: accept, correct, estimate, hold, work order.' })
@Entity({ tableName: 'bill_run_action', readonly: true })
@Index({ name: 'bill_run_action_account_idx', properties: ['run', 'account'] })
export class BillRunAction {
  [OptionalProps]?: 'code' | 'workOrderType' | 'workOrderId' | 'note' | 'at';

  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @ManyToOne(() => BillRun, { ref: true })
  run!: Ref<BillRun>;

  @ManyToOne(() => Account, { ref: true })
  account!: Ref<Account>;

  @Field(() => String, { description: 'ACCEPT, CORRECT_READ, ESTIMATE, HOLD, RELEASE_HOLD or WORK_ORDER.' })
  @Property({ type: 'text' })
  kind!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  code: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  workOrderType: string | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: new BigIntType('string'), nullable: true })
  workOrderId: string | null = null;

  @Field(() => ID)
  @Property({ type: new BigIntType('string') })
  byUserId!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  byEmail!: string;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date = new Date();

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
