import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, BigIntType, Unique } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../shared/graphql/scalars.js';
import { ServiceType, VolumeUnit } from './service-type.js';

/**
 * One version of a rate schedule: the same code with a later `effectiveFrom` is a new version
 * (billing-rules.md "Rate schedules"). The tariff itself (fixed charges, tiers, options) is kept as
 * validated JSON in `definition` and compiled by the pure rating core.
 */
@ObjectType({ description: 'A version of a rate schedule, in effect from `effectiveFrom`.' })
@Entity({ tableName: 'rate_schedule' })
@Unique({ name: 'rate_schedule_code_effective_key', properties: ['code', 'effectiveFrom'] })
@Index({ name: 'rate_schedule_code_idx', properties: ['code'] })
export class RateSchedule {
  [OptionalProps]?: 'createdAt' | 'retiredOn' | 'createdBy';

  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  code!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => ServiceType)
  @Enum({ items: () => ServiceType, nativeEnumName: 'service_type' })
  service!: ServiceType;

  @Field(() => VolumeUnit)
  @Enum({ items: () => VolumeUnit, nativeEnumName: 'volume_unit' })
  volumeUnit!: VolumeUnit;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  effectiveFrom!: string;

  @Field(() => DateScalar, { nullable: true, description: 'No longer billed from this date on.' })
  @Property({ type: 'date', nullable: true })
  retiredOn: string | null = null;

  @Property({ type: 'json' })
  definition!: Record<string, unknown>;

  @Field(() => ID, { nullable: true })
  @Property({ type: new BigIntType('string'), nullable: true })
  createdBy: string | null = null;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
