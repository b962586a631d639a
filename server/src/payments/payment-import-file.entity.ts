import { Entity, OptionalProps, PrimaryKey, Property, BigIntType, Unique } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, MoneyScalar } from '../shared/graphql/scalars.js';

/**
 * An imported payment file, kept by its SHA-256 so the same file is never imported twice
 * (reliability-and-ecosystem.md §A.1.3). Written only when the import changed something.
 */
@ObjectType({ description: 'An imported payment file and what it did.' })
@Entity({ tableName: 'payment_import_file', readonly: true })
export class PaymentImportFile {
  [OptionalProps]?: 'importedAt' | 'importedBy' | 'batchId';

  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  format!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  fileName!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  @Unique({ name: 'payment_import_file_sha256_key' })
  sha256!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  lineCount!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  imported!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  duplicates!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  reversed!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  suspense!: number;

  @Field(() => MoneyScalar)
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  total!: string;

  @Field(() => ID, { nullable: true })
  @Property({ type: new BigIntType('string'), nullable: true })
  batchId: string | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: new BigIntType('string'), nullable: true })
  importedBy: string | null = null;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  importedAt: Date = new Date();
}
