import { Entity, OptionalProps, PrimaryKey, Property, BigIntType } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../shared/graphql/scalars.js';

/**
 * Whether an account may be drafted (billing-rules.md: "Two returns in 12 months remove the account
 * from bank draft"); written by returned payments, read by autopay (a later issue). No row: allowed.
 */
@ObjectType({ description: 'Bank-draft eligibility of an account after returned payments.' })
@Entity({ tableName: 'account_draft_status' })
export class AccountDraftStatus {
  [OptionalProps]?: 'reason' | 'returnsInWindow';

  @Field(() => ID, { description: "The account's id." })
  @PrimaryKey({ type: new BigIntType('string'), fieldName: 'account_id', autoincrement: false })
  id!: string;

  @Field(() => Boolean, { description: 'false: removed from bank draft.' })
  @Property({ type: 'boolean' })
  draftAllowed!: boolean;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  returnsInWindow: number = 0;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  changedOn!: string;
}
