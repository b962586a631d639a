import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ImportFormat } from '../shared/graphql/file-import.js';

/** What an importMeterReads call did (api-contract.md: `ReadImportResult { imported duplicates orphans alerts }`). */
@ObjectType({ description: 'What a meter-read import did. reads = imported + duplicates + orphans.' })
export class ReadImportResult {
  @Field(() => ID, { description: 'The import (for a file already imported: the earlier import).' })
  importId!: string;

  @Field(() => String) fileName!: string;
  @Field(() => ImportFormat) format!: ImportFormat;

  @Field(() => Int, { description: 'Reads in the file.' })
  reads!: number;

  @Field(() => Int, { description: 'Reads recorded on meters.' })
  imported!: number;

  @Field(() => Int, { description: 'Reads already on record with the same value (all of them when the file was imported before).' })
  duplicates!: number;

  @Field(() => Int, { description: 'Reads put in the orphan queue, conflicts included.' })
  orphans!: number;

  @Field(() => Int, { description: 'Orphans that disagree with a read already on record.' })
  conflicts!: number;

  @Field(() => Int, { description: 'AMI alerts raised.' })
  alerts!: number;

  @Field(() => Int, { description: 'Meters listed without a reading.' })
  noReads!: number;

  @Field(() => Boolean, { description: 'True when this very file (same SHA-256) was imported before: nothing was written.' })
  alreadyImported!: boolean;

  @Field(() => [ID], { description: 'Open bill runs whose edit lists are being rebuilt with the new reads (a background job).' })
  editListsRefreshed!: string[];
}
