import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { FIELD_WORK, OFFICE, READERS } from '../auth/roles.js';
import type { Context } from '../context.js';
import { Meter } from '../meters/meter.entity.js';
import { Connection, toConnection } from '../shared/graphql/connection.js';
import { MeterRead } from './meter-read.entity.js';
import { CorrectMeterReadInput, MeterReadInput, MeterReadListArgs } from './read.inputs.js';
import * as reads from './read.service.js';

export const MeterReadConnection = Connection(MeterRead);

@Resolver(() => MeterRead)
export class MeterReadResolver {
  @Authorized(...READERS)
  @Query(() => MeterReadConnection)
  async meterReads(@Args(() => MeterReadListArgs) args: MeterReadListArgs, @Ctx() ctx: Context) {
    return toConnection(await reads.listMeterReads(ctx.em, args));
  }

  @Authorized(...READERS)
  @Query(() => MeterRead, { nullable: true })
  meterRead(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<MeterRead | null> {
    return ctx.loaders.byId(MeterRead).load(id);
  }

  @Authorized(...FIELD_WORK)
  @Mutation(() => MeterRead, { description: 'Records one register reading of an installed meter.' })
  recordMeterRead(@Arg('input', () => MeterReadInput) input: MeterReadInput, @Ctx() ctx: Context): Promise<MeterRead> {
    return reads.recordMeterRead(ctx.em, input, ctx.user?.id ?? null);
  }

  @Authorized(...OFFICE)
  @Mutation(() => MeterRead, { description: 'Corrects a read; the old value is kept in history.' })
  correctMeterRead(@Arg('input', () => CorrectMeterReadInput) input: CorrectMeterReadInput, @Ctx() ctx: Context): Promise<MeterRead> {
    return reads.correctMeterRead(ctx.em, input, ctx.user?.id ?? null);
  }

  @FieldResolver(() => Meter)
  async meter(@Root() read: MeterRead, @Ctx() ctx: Context): Promise<Meter> {
    return (await ctx.loaders.byId(Meter).load(read.meter.id))!;
  }
}

@Resolver(() => Meter)
export class MeterReadsResolver {
  @Authorized(...READERS) // a meter's reads span its customers (Account.reads has a customer's own)
  @FieldResolver(() => MeterReadConnection, { description: 'Reads of this meter, newest first unless ordered otherwise.' })
  async reads(@Root() meter: Meter, @Args(() => MeterReadListArgs) args: MeterReadListArgs, @Ctx() ctx: Context) {
    const ordered = args.orderBy?.length ? args : { ...args, orderBy: [{ field: 'READ_AT', direction: 'DESC' }] };
    return toConnection(await reads.listMeterReads(ctx.em, ordered as never, { meter: meter.id }));
  }
}
