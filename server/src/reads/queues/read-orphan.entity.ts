import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, BigIntType, type Ref } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Meter } from '../../meters/meter.entity.js';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../shared/graphql/scalars.js';
import { OrphanReason, OrphanStatus } from '../read-import-enums.js';
import { ReadImport } from '../read-import.entity.js';

/**
 * A read of an imported file that could not be recorded on a meter: it waits here for a clerk to
 * resolve it onto a meter (resolveOrphanRead) or dismiss it, instead of failing the whole file.
 */
@ObjectType({ description: 'A read from a file that waits for a clerk: unknown meter, meter not installed, or a conflicting value.' })
@Entity({ tableName: 'read_orphan' })
@Index({ name: 'read_orphan_status_idx', properties: ['status', 'id'] })
@Index({ name: 'read_orphan_import_idx', properties: ['readImport'] })
// The same unmatched read in a later file is not queued twice.
@Index({
  name: 'read_orphan_open_key',
  expression: `create index "read_orphan_open_key" on "read_orphan" (coalesce("endpoint_id", ''), coalesce("meter_serial", ''), "read_at") where "status" = 'OPEN'`,
})
export class ReadOrphan {
  [OptionalProps]?: 'status' | 'createdAt' | 'meter' | 'existingReadId' | 'value' | 'resolvedMeter' | 'resolvedReadId' | 'note' | 'handledBy' | 'handledAt';

  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @ManyToOne(() => ReadImport, { ref: true })
  readImport!: Ref<ReadImport>;

  @Field(() => Int, { description: 'Line of the file.' })
  @Property({ type: 'integer' })
  line!: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  endpointId: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  meterSerial: string | null = null;

  @Field(() => DecimalScalar, { description: 'The reading as the file gave it, in `unit`.' })
  @Property({ type: 'decimal', precision: 18, scale: 6 })
  reading!: string;

  @Field(() => String, { description: 'GALLON, CUBIC_FOOT, KGAL or CCF.' })
  @Property({ type: 'text' })
  unit!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'The register value on the matched meter, when there is one.' })
  @Property({ type: 'decimal', precision: 18, scale: 6, nullable: true })
  value: string | null = null;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime' })
  readAt!: Date;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  readOn!: string;

  @Field(() => [String])
  @Property({ type: 'text[]', default: [] })
  flags: string[] = [];

  @Field(() => OrphanReason)
  @Enum({ items: () => OrphanReason, nativeEnumName: 'orphan_reason' })
  reason!: OrphanReason;

  @ManyToOne(() => Meter, { ref: true, nullable: true })
  meter: Ref<Meter> | null = null;

  @Field(() => ID, { nullable: true, description: 'CONFLICT: the valid read the file disagrees with.' })
  @Property({ type: new BigIntType('string'), nullable: true })
  existingReadId: string | null = null;

  @Field(() => OrphanStatus)
  @Enum({ items: () => OrphanStatus, nativeEnumName: 'orphan_status', default: OrphanStatus.OPEN })
  status: OrphanStatus = OrphanStatus.OPEN;

  @ManyToOne(() => Meter, { ref: true, nullable: true })
  resolvedMeter: Ref<Meter> | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: new BigIntType('string'), nullable: true })
  resolvedReadId: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: new BigIntType('string'), nullable: true })
  handledBy: string | null = null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  handledAt: Date | null = null;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
