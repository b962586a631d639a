import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, BigIntType, Unique, type Ref } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { BillingCycle } from '../cycles/billing-cycle.entity.js';

/** A reading route: premises walked or driven in read-sequence order. */
@ObjectType({ description: 'A meter reading route; premises carry their read sequence on it.' })
@Entity({ tableName: 'route' })
export class Route {
  [OptionalProps]?: 'name' | 'cycle';

  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  @Unique()
  code!: string;

  @Field(() => String)
  @Property({ type: 'text', default: '' })
  name: string = '';

  @ManyToOne(() => BillingCycle, { ref: true, nullable: true })
  cycle: Ref<BillingCycle> | null = null;
}
