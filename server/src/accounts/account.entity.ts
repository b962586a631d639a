import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, BigIntType, Unique, type Ref } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Customer } from '../customers/customer.entity.js';
import { BillingCycle } from '../cycles/billing-cycle.entity.js';
import { Premise } from '../premises/premise.entity.js';
import { DateScalar, DateTimeScalar, MoneyScalar } from '../shared/graphql/scalars.js';
import { AccountStatus } from './account-status.js';

/** Service of one customer at one premise, billed on one cycle by a set of rate schedules. */
@ObjectType({ description: 'A utility account: a customer served at a premise, billed on a cycle.' })
@Entity({ tableName: 'account' })
@Index({ name: 'account_cycle_status_idx', properties: ['cycle', 'status'] })
@Index({ name: 'account_premise_idx', properties: ['premise'] })
@Index({ name: 'account_customer_idx', properties: ['customer'] })
export class Account {
  [OptionalProps]?: 'createdAt' | 'status' | 'stopDate' | 'dwellingUnits' | 'depositAmount' | 'paperless' | 'penaltyExempt';

  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  @Unique()
  number!: string;

  @ManyToOne(() => Customer, { ref: true })
  customer!: Ref<Customer>;

  @ManyToOne(() => Premise, { ref: true })
  premise!: Ref<Premise>;

  @ManyToOne(() => BillingCycle, { ref: true })
  cycle!: Ref<BillingCycle>;

  @Field(() => AccountStatus)
  @Enum({ items: () => AccountStatus, nativeEnumName: 'account_status', default: AccountStatus.PENDING })
  status: AccountStatus = AccountStatus.PENDING;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  stopDate: string | null = null;

  @Field(() => [String], { description: 'Codes of the rate schedules the account is billed by.' })
  @Property({ type: 'text[]' })
  rateScheduleCodes!: string[];

  @Field(() => Int)
  @Property({ type: 'integer', default: 1 })
  dwellingUnits: number = 1;

  @Field(() => MoneyScalar, { description: 'Deposit required at start of service.' })
  @Property({ type: 'decimal', precision: 14, scale: 2, default: '0' })
  depositAmount: string = '0.00';

  @Field(() => Boolean, { description: 'E-bill only: no paper bill is printed.' })
  @Property({ type: 'boolean', default: false })
  paperless: boolean = false;

  @Field(() => Boolean, { description: 'No late fees (e.g. municipal accounts).' })
  @Property({ type: 'boolean', default: false })
  penaltyExempt: boolean = false;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
