import { Entity, OptionalProps, PrimaryKey, Property, BigIntType, Unique } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../shared/graphql/scalars.js';

/**
 * One row of the GL account map (billing-rules.md: "Each entry kind maps to debit and credit GL
 * accounts (configurable, by service for revenue)"). `rule` is an entry kind or SOURCE; `qualifier`
 * is '' for the kind's default, else a service (CHARGE, PENALTY, ADJUSTMENT), a payment method
 * (PAYMENT) or an entry source (SOURCE). The pair is written in the kind's normal direction
 * (ledger/core/gl-account-map.ts).
 */
@ObjectType({ description: 'A debit/credit GL account pair for ledger entries of a kind (and service, method or source).' })
@Entity({ tableName: 'gl_account_map' })
@Unique({ name: 'gl_account_map_rule_key', properties: ['rule', 'qualifier'] })
export class GlAccountMapping {
  [OptionalProps]?: 'updatedAt' | 'description' | 'qualifier';

  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @Field(() => String, { description: 'CHARGE, PENALTY, ADJUSTMENT, PAYMENT, DEPOSIT_APPLIED, REFUND, TRANSFER, REVERSAL or SOURCE.' })
  @Property({ type: 'text' })
  rule!: string;

  @Field(() => String, { description: "'' for the default; a service, a payment method or an entry source." })
  @Property({ type: 'text', default: '' })
  qualifier: string = '';

  @Field(() => String)
  @Property({ type: 'text' })
  debit!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  credit!: string;

  @Field(() => String)
  @Property({ type: 'text', default: '' })
  description: string = '';

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
