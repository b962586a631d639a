import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, BigIntType, Unique, type Ref } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Account } from '../accounts/account.entity.js';
import { Meter } from '../meters/meter.entity.js';
import { Premise } from '../premises/premise.entity.js';
import { DateScalar, DateTimeScalar } from '../shared/graphql/scalars.js';
import { WorkOrderStatus, WorkOrderType } from './work-order-enums.js';

/** A job for the field crew: turn-on, re-read, leak check, disconnect, meter change … */
@ObjectType({ description: 'A service order for the field crew.' })
@Entity({ tableName: 'work_order' })
@Index({ name: 'work_order_status_idx', properties: ['status', 'type'] })
@Index({ name: 'work_order_account_idx', properties: ['account'] })
@Index({ name: 'work_order_premise_idx', properties: ['premise'] })
export class WorkOrder {
  [OptionalProps]?: 'createdAt' | 'status' | 'account' | 'meter' | 'scheduledFor' | 'completedAt' | 'notes' | 'result' | 'createdBy' | 'reason';

  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  @Unique()
  number!: string;

  @Field(() => WorkOrderType)
  @Enum({ items: () => WorkOrderType, nativeEnumName: 'work_order_type' })
  type!: WorkOrderType;

  @Field(() => WorkOrderStatus)
  @Enum({ items: () => WorkOrderStatus, nativeEnumName: 'work_order_status', default: WorkOrderStatus.OPEN })
  status: WorkOrderStatus = WorkOrderStatus.OPEN;

  @ManyToOne(() => Account, { ref: true, nullable: true })
  account: Ref<Account> | null = null;

  @ManyToOne(() => Premise, { ref: true })
  premise!: Ref<Premise>;

  @ManyToOne(() => Meter, { ref: true, nullable: true })
  meter: Ref<Meter> | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was issued (an edit-list code, a customer call …).' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  scheduledFor: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'What the crew recorded: reads, serials, findings.' })
  @Property({ type: 'json', nullable: true })
  result: Record<string, unknown> | null = null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  completedAt: Date | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: new BigIntType('string'), nullable: true })
  createdBy: string | null = null;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
