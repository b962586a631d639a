import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, BigIntType, type Ref } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { Meter } from '../meters/meter.entity.js';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../shared/graphql/scalars.js';
import { MeterReadSource, MeterReadStatus, ReadPurpose } from './read-enums.js';

/**
 * A register reading. Consumption is always a difference of reads, so an estimate is trued up by
 * the next actual read; a corrected read is kept with status CORRECTED (billing-rules.md).
 */
@ObjectType({ description: 'A meter reading, as read (register units, before the multiplier).' })
@Entity({ tableName: 'meter_read' })
// One valid read per meter and instant: imports de-duplicate on (meter, time); corrections keep history.
@Index({
  name: 'meter_read_valid_key',
  expression: `create unique index "meter_read_valid_key" on "meter_read" ("meter_id", "read_at") where "status" = 'VALID'`,
})
// Reads arrive in time order, so a BRIN index finds the reads of a time range (an import's
// duplicates on record) for a few pages of index, without a third B-tree to maintain per read.
@Index({
  name: 'meter_read_read_at_brin',
  expression: `create index "meter_read_read_at_brin" on "meter_read" using brin ("read_at")`,
})
export class MeterRead {
  [OptionalProps]?: 'createdAt' | 'estimated' | 'purpose' | 'flags' | 'status' | 'correctsId' | 'importId' | 'note' | 'createdBy';

  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @ManyToOne(() => Meter, { ref: true, createForeignKeyConstraint: false })
  meter!: Ref<Meter>;

  @Field(() => DateScalar, { description: 'The day of the read, in the utility time zone.' })
  @Property({ type: 'date' })
  readOn!: string;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime' })
  readAt!: Date;

  @Field(() => DecimalScalar, { description: 'The register reading.' })
  @Property({ type: 'decimal', precision: 18, scale: 6 })
  value!: string;

  @Field(() => MeterReadSource)
  @Enum({ items: () => MeterReadSource, nativeEnumName: 'meter_read_source' })
  source!: MeterReadSource;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  estimated: boolean = false;

  @Field(() => ReadPurpose)
  @Enum({ items: () => ReadPurpose, nativeEnumName: 'read_purpose', default: ReadPurpose.CYCLE })
  purpose: ReadPurpose = ReadPurpose.CYCLE;

  @Field(() => [String], { description: 'AMI and handheld flags: LEAK, REVERSE_FLOW, TAMPER, NO_READ, …' })
  @Property({ type: 'text[]', default: [] })
  flags: string[] = [];

  @Field(() => MeterReadStatus)
  @Enum({ items: () => MeterReadStatus, nativeEnumName: 'meter_read_status', default: MeterReadStatus.VALID })
  status: MeterReadStatus = MeterReadStatus.VALID;

  @Field(() => ID, { nullable: true, description: 'The read this one corrects.' })
  @Property({ type: new BigIntType('string'), nullable: true })
  correctsId: string | null = null;

  @Field(() => ID, { nullable: true, description: 'The file import that brought this read.' })
  @Property({ type: new BigIntType('string'), nullable: true })
  importId: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: new BigIntType('string'), nullable: true })
  createdBy: string | null = null;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
