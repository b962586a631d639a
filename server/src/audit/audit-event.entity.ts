import { Entity, PrimaryKey, Property, BigIntType } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { DateTimeScalar } from '../shared/graphql/scalars.js';

/**
 * One row of the append-only audit log (quality.md "Security"). Rows are written by database
 * triggers on the master-data tables and by services for bulk work; UPDATE and DELETE are refused
 * by a trigger.
 */
@ObjectType({ description: 'Who changed what, when, with the values before and after.' })
@Entity({ tableName: 'audit_event', readonly: true })
export class AuditEvent {
  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at!: Date;

  @Field(() => ID, { nullable: true })
  @Property({ type: new BigIntType('string'), nullable: true })
  actorId!: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  actorEmail!: string | null;

  @Field(() => String, { nullable: true, description: 'The GraphQL operation or job that made the change.' })
  @Property({ type: 'text', nullable: true })
  operation!: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  requestId!: string | null;

  @Field(() => String, { description: 'Table or kind of record changed.' })
  @Property({ type: 'text' })
  entity!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  entityId!: string | null;

  @Field(() => String, { description: 'INSERT, UPDATE, DELETE, or an operation name for bulk work.' })
  @Property({ type: 'text' })
  action!: string;

  @Field(() => GraphQLJSON, { nullable: true })
  @Property({ type: 'json', nullable: true })
  before!: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  @Property({ type: 'json', nullable: true })
  after!: unknown;
}
