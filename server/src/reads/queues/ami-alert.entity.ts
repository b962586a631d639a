import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, BigIntType, type Ref } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { Account } from '../../accounts/account.entity.js';
import { Meter } from '../../meters/meter.entity.js';
import { Premise } from '../../premises/premise.entity.js';
import { DateScalar, DateTimeScalar } from '../../shared/graphql/scalars.js';
import { AmiAlertFlag, AmiAlertStatus } from '../read-import-enums.js';
import { ReadImport } from '../read-import.entity.js';

/**
 * One flag (leak, reverse flow, tamper, no read, no flow) raised by a read of an imported file,
 * queued for the office: acknowledged with a note, or turned into a work order.
 */
@ObjectType({ description: 'An AMI or handheld alert on a meter, from an imported read.' })
@Entity({ tableName: 'ami_alert' })
@Index({ name: 'ami_alert_status_idx', properties: ['status', 'id'] })
@Index({ name: 'ami_alert_meter_idx', properties: ['meter', 'readOn'] })
@Index({ name: 'ami_alert_import_idx', properties: ['readImport'] })
export class AmiAlert {
  [OptionalProps]?: 'status' | 'createdAt' | 'readId' | 'readAt' | 'premise' | 'account' | 'note' | 'workOrderId' | 'handledBy' | 'handledAt';

  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @ManyToOne(() => Meter, { ref: true })
  meter!: Ref<Meter>;

  @Field(() => ID, { nullable: true, description: 'The read that carried the flag (none for a meter listed without a reading).' })
  @Property({ type: new BigIntType('string'), nullable: true })
  readId: string | null = null;

  @ManyToOne(() => Premise, { ref: true, nullable: true })
  premise: Ref<Premise> | null = null;

  @ManyToOne(() => Account, { ref: true, nullable: true })
  account: Ref<Account> | null = null;

  @Field(() => AmiAlertFlag)
  @Enum({ items: () => AmiAlertFlag, nativeEnumName: 'ami_alert_flag' })
  flag!: AmiAlertFlag;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  readAt: Date | null = null;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  readOn!: string;

  @ManyToOne(() => ReadImport, { ref: true })
  readImport!: Ref<ReadImport>;

  @Field(() => AmiAlertStatus)
  @Enum({ items: () => AmiAlertStatus, nativeEnumName: 'ami_alert_status', default: AmiAlertStatus.OPEN })
  status: AmiAlertStatus = AmiAlertStatus.OPEN;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: new BigIntType('string'), nullable: true })
  workOrderId: string | null = null;

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
