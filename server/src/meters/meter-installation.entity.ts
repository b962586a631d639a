import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, BigIntType, type Ref } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { Premise } from '../premises/premise.entity.js';
import { DateScalar, DecimalScalar } from '../shared/graphql/scalars.js';
import { Meter } from './meter.entity.js';

/**
 * When a meter was set at a premise and taken out again, with the register readings at both ends:
 * the history a meter change-out inside a period is billed from (billing-rules.md).
 */
@ObjectType({ description: 'A meter installed at a premise, from installation to removal.' })
@Entity({ tableName: 'meter_installation' })
@Index({ name: 'meter_installation_premise_idx', properties: ['premise', 'installedOn'] })
@Index({ name: 'meter_installation_meter_idx', properties: ['meter', 'installedOn'] })
@Index({
  name: 'meter_installation_open_meter_key',
  expression: `create unique index "meter_installation_open_meter_key" on "meter_installation" ("meter_id") where "removed_on" is null`,
})
@Index({
  name: 'meter_installation_open_premise_key',
  expression: `create unique index "meter_installation_open_premise_key" on "meter_installation" ("premise_id") where "removed_on" is null`,
})
export class MeterInstallation {
  [OptionalProps]?: 'removedOn' | 'finalRead';

  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @ManyToOne(() => Meter, { ref: true })
  meter!: Ref<Meter>;

  @ManyToOne(() => Premise, { ref: true })
  premise!: Ref<Premise>;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  installedOn!: string;

  @Field(() => DecimalScalar, { description: 'Register reading when installed.' })
  @Property({ type: 'decimal', precision: 18, scale: 6 })
  initialRead!: string;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  removedOn: string | null = null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Register reading when removed.' })
  @Property({ type: 'decimal', precision: 18, scale: 6, nullable: true })
  finalRead: string | null = null;
}
