import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, BigIntType, Unique } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType, UseMiddleware } from 'type-graphql';
import { DateTimeScalar } from '../shared/graphql/scalars.js';
import { MaskForReporting } from '../auth/mask.middleware.js';
import { CustomerClass } from './customer-class.js';

/** The person or organisation responsible for accounts (billing-rules.md "Service lifecycle"). */
@ObjectType({ description: 'A person or organisation that holds utility accounts.' })
@Entity({ tableName: 'customer' })
export class Customer {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'email' | 'phone' | 'mailingAddress';

  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @Field(() => String, { description: 'Customer number, assigned at creation.' })
  @Property({ type: 'text' })
  @Unique()
  number!: string;

  @Field(() => String)
  @UseMiddleware(MaskForReporting)
  @Property({ type: 'text' })
  @Index({ name: 'customer_name_idx' })
  name!: string;

  @Field(() => String, { nullable: true })
  @UseMiddleware(MaskForReporting)
  @Property({ type: 'text', nullable: true })
  email: string | null = null;

  @Field(() => String, { nullable: true })
  @UseMiddleware(MaskForReporting)
  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  @Field(() => String, { nullable: true })
  @UseMiddleware(MaskForReporting)
  @Property({ type: 'text', nullable: true })
  mailingAddress: string | null = null;

  @Field(() => CustomerClass)
  @Enum({ items: () => CustomerClass, nativeEnumName: 'customer_class' })
  customerClass!: CustomerClass;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
