import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { OFFICE, READERS } from '../../auth/roles.js';
import type { Context } from '../../context.js';
import { Meter } from '../../meters/meter.entity.js';
import { Connection, toConnection } from '../../shared/graphql/connection.js';
import { ReadImport } from '../read-import.entity.js';
import { OrphanReadListArgs } from '../read-import.inputs.js';
import { listOrphanReads } from './queue-lists.js';
import { dismissOrphanRead, resolveOrphanRead } from './orphan.service.js';
import { ReadOrphan } from './read-orphan.entity.js';

export const OrphanReadConnection = Connection(ReadOrphan, 'OrphanRead');

@Resolver(() => ReadOrphan)
export class OrphanReadResolver {
  @Authorized(...READERS)
  @Query(() => OrphanReadConnection, { description: 'The orphan queue: reads of imported files waiting for a meter.' })
  async orphanReads(@Args(() => OrphanReadListArgs) args: OrphanReadListArgs, @Ctx() ctx: Context) {
    return toConnection(await listOrphanReads(ctx.em, args));
  }

  @Authorized(...OFFICE)
  @Mutation(() => ReadOrphan, { description: 'Records the orphan read on a meter installed on the read date.' })
  resolveOrphanRead(
    @Arg('id', () => ID) id: string,
    @Arg('meterId', () => ID) meterId: string,
    @Arg('replaceExisting', () => Boolean, { nullable: true, defaultValue: false, description: 'Replace a different valid read at that instant (kept in history as CORRECTED). Required for a CONFLICT.' }) replaceExisting: boolean,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<ReadOrphan> {
    return resolveOrphanRead(ctx.app, ctx.em, { id, meterId, replaceExisting, note }, ctx.user!);
  }

  @Authorized(...OFFICE)
  @Mutation(() => ReadOrphan)
  dismissOrphanRead(@Arg('id', () => ID) id: string, @Arg('note', () => String) note: string, @Ctx() ctx: Context): Promise<ReadOrphan> {
    return dismissOrphanRead(ctx.app, ctx.em, id, note, ctx.user!);
  }

  @FieldResolver(() => ReadImport)
  async readImport(@Root() orphan: ReadOrphan, @Ctx() ctx: Context): Promise<ReadImport> {
    return (await ctx.loaders.byId(ReadImport).load(orphan.readImport.id))!;
  }

  @FieldResolver(() => Meter, { nullable: true, description: 'The meter the read matched (NOT_INSTALLED, CONFLICT).' })
  meter(@Root() orphan: ReadOrphan, @Ctx() ctx: Context): Promise<Meter | null> | null {
    return orphan.meter ? ctx.loaders.byId(Meter).load(orphan.meter.id) : null;
  }

  @FieldResolver(() => Meter, { nullable: true })
  resolvedMeter(@Root() orphan: ReadOrphan, @Ctx() ctx: Context): Promise<Meter | null> | null {
    return orphan.resolvedMeter ? ctx.loaders.byId(Meter).load(orphan.resolvedMeter.id) : null;
  }
}
