import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { FIELD_WORK, READERS } from '../auth/roles.js';
import type { Context } from '../context.js';
import { Connection, toConnection } from '../shared/graphql/connection.js';
import { FileImportInput } from '../shared/graphql/file-import.js';
import { ReadImport } from './read-import.entity.js';
import { ReadImportListArgs } from './read-import.inputs.js';
import { ReadImportResult } from './read-import.types.js';
import { importMeterReads, wholeText } from './read-import.service.js';
import { isId, listReadImports } from './queues/queue-lists.js';

export const ReadImportConnection = Connection(ReadImport);

@Resolver(() => ReadImport)
export class ReadImportResolver {
  // FIELD may import: meter readers bring back the handheld route file themselves.
  @Authorized(...FIELD_WORK)
  @Mutation(() => ReadImportResult, { description: 'Imports an AMI, BEACON or completed Neptune route file: all or nothing; the same file twice imports nothing.' })
  importMeterReads(@Arg('input', () => FileImportInput) input: FileImportInput, @Ctx() ctx: Context): Promise<ReadImportResult> {
    return importMeterReads(ctx.app, wholeText(input.format, input.fileName, input.content), ctx.user!);
  }

  @Authorized(...READERS)
  @Query(() => ReadImportConnection)
  async readImports(@Args(() => ReadImportListArgs) args: ReadImportListArgs, @Ctx() ctx: Context) {
    return toConnection(await listReadImports(ctx.em, args));
  }

  @Authorized(...READERS)
  @Query(() => ReadImport, { nullable: true })
  readImport(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ReadImport | null> | null {
    return isId(id) ? ctx.loaders.byId(ReadImport).load(id) : null;
  }
}
