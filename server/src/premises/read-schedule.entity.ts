import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, BigIntType, Unique, type Ref } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { BillingCycle } from '../cycles/billing-cycle.entity.js';
import { DateScalar, DateTimeScalar } from '../shared/graphql/scalars.js';

/**
 * One scheduled read of a billing cycle: the day its routes are read and the window in which a
 * read counts for the period (the bill run's read window is taken from it).
 */
@ObjectType({ description: "A cycle's scheduled read date and its read window." })
@Entity({ tableName: 'read_schedule' })
@Unique({ name: 'read_schedule_cycle_date_key', properties: ['cycle', 'readDate'] })
export class ReadSchedule {
  [OptionalProps]?: 'createdAt' | 'note';

  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @ManyToOne(() => BillingCycle, { ref: true })
  cycle!: Ref<BillingCycle>;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  readDate!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  windowStart!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  windowEnd!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
