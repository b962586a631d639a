import { Entity, OptionalProps, PrimaryKey, Property, BigIntType, Unique, Index } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar, MoneyScalar } from '../shared/graphql/scalars.js';

/**
 * An ACH return (addenda 99) or notification of change (addenda 98) from a NACHA_RETURN file, kept
 * per line (its natural key makes a re-sent file add nothing). NOC corrections wait here for the
 * autopay enrolment to take them; returns link the payment they reversed.
 */
@ObjectType({ description: 'An ACH return or notification of change received from the bank.' })
@Entity({ tableName: 'ach_notice', readonly: true })
@Index({ name: 'ach_notice_account_idx', properties: ['accountId'] })
export class AchNotice {
  [OptionalProps]?: 'createdAt' | 'accountId' | 'paymentId' | 'correctedData' | 'reason';

  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @Field(() => ID)
  @Property({ type: new BigIntType('string') })
  importFileId!: string;

  @Field(() => String, { description: 'RETURN or NOC.' })
  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'text' })
  @Unique({ name: 'ach_notice_natural_key' })
  naturalKey!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  line!: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  accountReference!: string | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: new BigIntType('string'), nullable: true })
  accountId: string | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: new BigIntType('string'), nullable: true })
  paymentId: string | null = null;

  @Field(() => String)
  @Property({ type: 'text' })
  originalTrace!: string;

  @Field(() => String, { description: 'Return reason (R01…) or change code (C01…).' })
  @Property({ type: 'text' })
  code!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => String, { nullable: true, description: 'NOC: the corrected routing/account data.' })
  @Property({ type: 'text', nullable: true })
  correctedData: string | null = null;

  @Field(() => MoneyScalar)
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  amount!: string;

  @Field(() => String, { description: 'REVERSED, ALREADY_REVERSED, UNMATCHED or RECORDED (NOC).' })
  @Property({ type: 'text' })
  status!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  receivedOn!: string;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
