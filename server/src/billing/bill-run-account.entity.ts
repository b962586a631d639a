import { Entity, Enum, Index, ManyToOne, OptionalProps, Property, type Ref } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import { DateScalar, DecimalScalar } from '../shared/graphql/scalars.js';
import { RunDisposition } from './billing-enums.js';
import { BillRun } from './bill-run.entity.js';

/**
 * An account's place in a run: the facts the edit list found (reads, usage, average) and whether it
 * will be billed. Written in bulk when the edit list is built; the calculation reads it back.
 */
@ObjectType({ description: 'One account of a bill run with its edit-list facts and disposition.' })
@Entity({ tableName: 'bill_run_account', readonly: true })
@Index({ name: 'bill_run_account_seq_idx', properties: ['run', 'seq'] })
export class BillRunAccount {
  [OptionalProps]?: 'holdReason';

  @ManyToOne(() => BillRun, { ref: true, primary: true, createForeignKeyConstraint: false })
  run!: Ref<BillRun>;

  @ManyToOne(() => Account, { ref: true, primary: true, createForeignKeyConstraint: false })
  account!: Ref<Account>;

  @Property({ type: 'integer' })
  seq!: number;

  @Field(() => RunDisposition)
  @Enum({ items: () => RunDisposition, nativeEnumName: 'run_disposition' })
  disposition!: RunDisposition;

  @Field(() => String, { nullable: true, description: 'Why the account is not billed: held, blocking codes, no rate.' })
  @Property({ type: 'text', nullable: true })
  holdReason: string | null = null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  periodStart!: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  periodEnd!: string | null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  days!: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Usage in gallons; null without a current read.' })
  @Property({ type: 'decimal', precision: 18, scale: 3, nullable: true })
  usage!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Average daily gallons of the last (up to) 12 periods.' })
  @Property({ type: 'decimal', precision: 18, scale: 6, nullable: true })
  averageDaily!: string | null;

  @Field(() => String, { nullable: true, description: 'MOVE_IN or FINAL for partial periods.' })
  @Property({ type: 'text', nullable: true })
  partial!: string | null;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  estimated!: boolean;

  /** Per-meter reads of the period (previous and current, change-outs), for the bill and the next run. */
  @Property({ type: 'json', columnType: 'json' })
  facts!: Record<string, unknown>;
}
