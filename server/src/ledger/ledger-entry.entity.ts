import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, BigIntType, Unique, type Ref } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import { ServiceType } from '../rating/service-type.js';
import { DateScalar, DateTimeScalar, MoneyScalar } from '../shared/graphql/scalars.js';
import { EntryKind } from './entry-kind.js';

/**
 * One immutable financial event on an account (billing-rules.md "Ledger and receivables"). The
 * database refuses UPDATE and DELETE of entries; a mistake is reversed by a new entry.
 */
@ObjectType({ description: 'An immutable ledger entry. Positive amounts increase what the customer owes.' })
@Entity({ tableName: 'ledger_entry', readonly: true })
@Index({ name: 'ledger_entry_account_idx', properties: ['account', 'postedOn'] })
// GL journal and roll-forward read date ranges: BRIN costs almost nothing on bulk inserts (entries come in date order).
@Index({ name: 'ledger_entry_posted_brin', expression: 'create index "ledger_entry_posted_brin" on "ledger_entry" using brin ("posted_on")' })
// One late fee per bill, and one PAYMENT entry per payment, whatever runs twice (issue 5).
@Unique({ name: 'ledger_entry_late_fee_key', expression: `create unique index "ledger_entry_late_fee_key" on "ledger_entry" ("source_id") where source = 'LATE_FEE'` })
@Unique({ name: 'ledger_entry_payment_key', expression: `create unique index "ledger_entry_payment_key" on "ledger_entry" ("source_id") where kind = 'PAYMENT'` })
export class LedgerEntry {
  [OptionalProps]?: 'createdAt' | 'dueOn' | 'service' | 'reversesId' | 'sourceId' | 'createdBy' | 'method' | 'originalKind';

  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @ManyToOne(() => Account, { ref: true, createForeignKeyConstraint: false })
  account!: Ref<Account>;

  @Field(() => EntryKind)
  @Enum({ items: () => EntryKind, nativeEnumName: 'entry_kind' })
  kind!: EntryKind;

  @Field(() => MoneyScalar)
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  amount!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  postedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'For charges and penalties: when they fall due.' })
  @Property({ type: 'date', nullable: true })
  dueOn: string | null = null;

  @Field(() => ServiceType, { nullable: true, description: 'Revenue service, for the GL.' })
  @Enum({ items: () => ServiceType, nativeEnumName: 'service_type', nullable: true })
  service: ServiceType | null = null;

  @Field(() => String, { nullable: true, description: 'Payment method, for payments and their reversals.' })
  @Property({ type: 'text', nullable: true })
  method: string | null = null;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Field(() => String, { description: 'What wrote the entry: BILL, PAYMENT, ADJUSTMENT, DEPOSIT, …' })
  @Property({ type: 'text' })
  source!: string;

  @Field(() => ID, { nullable: true })
  @Property({ type: new BigIntType('string'), nullable: true })
  sourceId: string | null = null;

  @Field(() => ID, { nullable: true, description: 'The entry this one reverses.' })
  @Property({ type: new BigIntType('string'), nullable: true })
  reversesId: string | null = null;

  @Field(() => EntryKind, { nullable: true, description: 'REVERSAL only: the kind first reversed, so the GL mirrors its posting.' })
  @Enum({ items: () => EntryKind, nativeEnumName: 'entry_kind', nullable: true })
  originalKind: EntryKind | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: new BigIntType('string'), nullable: true })
  createdBy: string | null = null;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
