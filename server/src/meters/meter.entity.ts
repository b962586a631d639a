import { Entity, Enum, OptionalProps, PrimaryKey, Property, BigIntType, Unique } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, DecimalScalar } from '../shared/graphql/scalars.js';
import { MeterStatus, RegisterUnit } from './meter-enums.js';

/** A water meter (billing-rules.md "Units and consumption"): what its register counts and how. */
@ObjectType({ description: 'A meter: size, register unit, multiplier, dials and AMI endpoint.' })
@Entity({ tableName: 'meter' })
export class Meter {
  [OptionalProps]?: 'createdAt' | 'status' | 'amiEndpointId' | 'manufacturer' | 'model';

  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  @Unique()
  serialNumber!: string;

  @Field(() => String, { description: 'Nominal size: 5/8, 3/4, 1, 1-1/2, 2, 3, 4, 6 or 8 (inches).' })
  @Property({ type: 'text' })
  size!: string;

  @Field(() => RegisterUnit)
  @Enum({ items: () => RegisterUnit, nativeEnumName: 'register_unit' })
  registerUnit!: RegisterUnit;

  @Field(() => DecimalScalar, { description: 'Register units per count: 10 for a register reading tens of gallons.' })
  @Property({ type: 'decimal', precision: 12, scale: 6 })
  multiplier!: string;

  @Field(() => Int, { description: 'Digits on the register; a reading wraps at 10^dials.' })
  @Property({ type: 'integer' })
  dials!: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  @Unique()
  amiEndpointId: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  manufacturer: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  model: string | null = null;

  @Field(() => MeterStatus)
  @Enum({ items: () => MeterStatus, nativeEnumName: 'meter_status', default: MeterStatus.IN_STOCK })
  status: MeterStatus = MeterStatus.IN_STOCK;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
