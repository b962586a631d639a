import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, BigIntType, type Ref } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, DecimalScalar } from '../shared/graphql/scalars.js';
import { Route } from './route.entity.js';

/** A service location: the place where water is delivered and a meter is read. */
@ObjectType({ description: 'A service location (service address) with its place on a reading route.' })
@Entity({ tableName: 'premise' })
@Index({ name: 'premise_route_sequence_idx', properties: ['route', 'sequence'] })
export class Premise {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'insideCityLimits' | 'latitude' | 'longitude' | 'route' | 'sequence';

  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  @Index({ name: 'premise_address_idx' })
  address!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  city!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  state!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  zip!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'WGS 84 decimal degrees.' })
  @Property({ type: 'decimal', precision: 9, scale: 6, nullable: true })
  latitude: string | null = null;

  @Field(() => DecimalScalar, { nullable: true, description: 'WGS 84 decimal degrees.' })
  @Property({ type: 'decimal', precision: 9, scale: 6, nullable: true })
  longitude: string | null = null;

  @ManyToOne(() => Route, { ref: true, nullable: true })
  route: Ref<Route> | null = null;

  @Field(() => Int, { nullable: true, description: 'Read sequence on the route.' })
  @Property({ type: 'integer', nullable: true })
  sequence: number | null = null;

  @Field(() => Boolean, { description: 'Inside city limits (outside-city rates and taxes differ).' })
  @Property({ type: 'boolean', default: true })
  insideCityLimits: boolean = true;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
