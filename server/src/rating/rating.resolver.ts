import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ADMINS, READERS_AND_CUSTOMERS, READERS } from '../auth/roles.js';
import type { Context } from '../context.js';
import { Connection, toConnection } from '../shared/graphql/connection.js';
import { RateSchedule } from './rate-schedule.entity.js';
import { ChargeQuoteInput, RateScheduleInput, RateScheduleListArgs, RetireRateScheduleInput } from './rating.inputs.js';
import { ChargeQuote, RateDefinition } from './rating.types.js';
import * as schedules from './rate-schedule.service.js';
import { quoteCharges } from './quote.service.js';

export const RateScheduleConnection = Connection(RateSchedule);

@Resolver(() => RateSchedule)
export class RateScheduleResolver {
  @Authorized(...READERS)
  @Query(() => RateScheduleConnection, { description: 'Rate schedule versions.' })
  async rateSchedules(@Args(() => RateScheduleListArgs) args: RateScheduleListArgs, @Ctx() ctx: Context) {
    return toConnection(await schedules.listRateSchedules(ctx.em, args));
  }

  @Authorized(...READERS)
  @Query(() => RateSchedule, { nullable: true })
  rateSchedule(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<RateSchedule | null> {
    return ctx.loaders.byId(RateSchedule).load(id);
  }

  @Authorized(...ADMINS)
  @Mutation(() => RateSchedule, { description: 'A new schedule, or a new version of a code (a later effectiveFrom).' })
  createRateSchedule(@Arg('input', () => RateScheduleInput) input: RateScheduleInput, @Ctx() ctx: Context): Promise<RateSchedule> {
    return schedules.createRateSchedule(ctx.em, input, ctx.user?.id ?? null);
  }

  @Authorized(...ADMINS)
  @Mutation(() => RateSchedule, { description: 'Stops billing a schedule code from a date (its latest version).' })
  retireRateSchedule(@Arg('input', () => RetireRateScheduleInput) input: RetireRateScheduleInput, @Ctx() ctx: Context): Promise<RateSchedule> {
    return schedules.retireRateSchedule(ctx.em, input);
  }

  @Authorized(...READERS_AND_CUSTOMERS)
  @Query(() => ChargeQuote, { description: 'What a bill would be for any usage: same code path as real bills.' })
  quoteCharges(@Arg('input', () => ChargeQuoteInput) input: ChargeQuoteInput, @Ctx() ctx: Context): Promise<ChargeQuote> {
    return quoteCharges(ctx.em, input);
  }

  @FieldResolver(() => RateDefinition, { description: 'Fixed charges, tiers and options of this version.' })
  definition(@Root() row: RateSchedule): RateDefinition {
    return schedules.definitionOf(row);
  }

  @FieldResolver(() => [RateSchedule], { description: 'Every version of this code, oldest first.' })
  async versions(@Root() row: RateSchedule, @Ctx() ctx: Context): Promise<RateSchedule[]> {
    const loader = ctx.loaders.grouped<RateSchedule>('rate-versions', async codes => {
      const rows = await ctx.em.find(RateSchedule, { code: { $in: [...codes] } }, { orderBy: { effectiveFrom: 'asc' } });
      const groups = new Map<string, RateSchedule[]>();
      for (const r of rows) groups.set(r.code, [...(groups.get(r.code) ?? []), r]);
      return groups;
    });
    return loader.load(row.code);
  }
}
