import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, BigIntType, Unique } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ImportFormat } from '../shared/graphql/file-import.js';
import { DateTimeScalar } from '../shared/graphql/scalars.js';
import { ReadImportStatus } from './read-import-enums.js';

/**
 * A meter-read file that was imported, kept by its SHA-256 so that the same file is never imported
 * twice (quality.md: "the same file twice adds nothing"). Written by read-import.service.ts in the
 * import's own transaction, so a rejected file leaves no row.
 */
@ObjectType({ description: 'An imported meter-read file and what it did.' })
@Entity({ tableName: 'read_import', readonly: true })
@Index({ name: 'read_import_imported_at_idx', properties: ['importedAt'] })
export class ReadImport {
  [OptionalProps]?: 'importedAt' | 'importedBy' | 'status';

  @Field(() => ID)
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  fileName!: string;

  @Field(() => String, { description: 'SHA-256 of the file bytes, hex.' })
  @Property({ type: 'text' })
  @Unique({ name: 'read_import_sha256_key' })
  sha256!: string;

  @Field(() => ImportFormat)
  @Enum({ items: () => ImportFormat })
  format!: ImportFormat;

  @Field(() => ReadImportStatus)
  @Enum({ items: () => ReadImportStatus, default: ReadImportStatus.IMPORTED })
  status: ReadImportStatus = ReadImportStatus.IMPORTED;

  @Field(() => Int, { description: 'Reads in the file.' })
  @Property({ type: 'integer' })
  reads!: number;

  @Field(() => Int, { description: 'Reads recorded on meters.' })
  @Property({ type: 'integer' })
  imported!: number;

  @Field(() => Int, { description: 'Reads already recorded with the same value (in an earlier file, by hand, or twice in this file).' })
  @Property({ type: 'integer' })
  duplicates!: number;

  @Field(() => Int, { description: 'Reads put in the orphan queue (unknown or uninstalled meter, conflicting value).' })
  @Property({ type: 'integer' })
  orphans!: number;

  @Field(() => Int, { description: 'Orphans that were reads conflicting with a recorded read.' })
  @Property({ type: 'integer' })
  conflicts!: number;

  @Field(() => Int, { description: 'AMI alerts raised (one per flag of a read).' })
  @Property({ type: 'integer' })
  alerts!: number;

  @Field(() => Int, { description: 'Meters listed without a reading (BEACON rows without read, Neptune blank readings).' })
  @Property({ type: 'integer' })
  noReads!: number;

  @Field(() => ID, { nullable: true })
  @Property({ type: new BigIntType('string'), nullable: true })
  importedBy: string | null = null;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  importedAt: Date = new Date();
}
