import { Entity, PrimaryKey, Property, BigIntType, OptionalProps, Unique } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../shared/graphql/scalars.js';
import { Role } from './roles.js';

@ObjectType({ description: 'A person or tool that signs in.' })
@Entity({ tableName: 'app_user' })
export class User {
  [OptionalProps]?: 'createdAt' | 'active' | 'customerId';

  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  @Unique()
  email!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Field(() => [Role])
  @Property({ type: 'text[]' })
  roles!: Role[];

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Field(() => ID, { nullable: true, description: 'For CUSTOMER users: the customer whose accounts they may see.' })
  @Property({ type: new BigIntType('string'), nullable: true })
  customerId: string | null = null;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
