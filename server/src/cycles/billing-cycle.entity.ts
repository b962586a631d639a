import { Entity, OptionalProps, PrimaryKey, Property, BigIntType, Unique } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../shared/graphql/scalars.js';

/** A group of accounts read and billed together (billing-rules.md "Periods and proration"). */
@ObjectType({ description: 'A billing cycle: accounts read and billed together, monthly or bi-monthly.' })
@Entity({ tableName: 'billing_cycle' })
export class BillingCycle {
  [OptionalProps]?: 'createdAt' | 'dueDays';

  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  @Unique()
  code!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Int, { description: 'Days of a regular period (30 monthly, 60 bi-monthly); partial periods prorate against it.' })
  @Property({ type: 'integer' })
  standardDays!: number;

  @Field(() => Int, { description: 'Days from bill date to due date, the default for bill runs.' })
  @Property({ type: 'integer', default: 20 })
  dueDays: number = 20;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
