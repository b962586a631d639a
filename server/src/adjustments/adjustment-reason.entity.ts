import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * A reason code for adjustments (billing-rules.md: "Every adjustment has a reason code"). A reason
 * may post its entries under its own GL source (WRITE_OFF → allowance for doubtful accounts).
 */
@ObjectType({ description: 'Why an adjustment is made; configured by an administrator.' })
@Entity({ tableName: 'adjustment_reason' })
export class AdjustmentReason {
  [OptionalProps]?: 'active' | 'glSource';

  @Field(() => ID, { description: 'The code itself.' })
  @PrimaryKey({ type: 'text', fieldName: 'code' })
  id!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Field(() => String, { nullable: true, description: 'Entry source for the GL map (e.g. WRITE_OFF); default ADJUSTMENT.' })
  @Property({ type: 'text', nullable: true })
  glSource: string | null = null;
}
