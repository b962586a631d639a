import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import type { Context } from '../context.js';
import { CASHIERS, CONFIGURERS, MONEY_SUPERVISORS, REPORT_READERS } from '../ledger/money-roles.js';
import { Connection, toConnection } from '../shared/graphql/connection.js';
import { AdjustmentReason } from './adjustment-reason.entity.js';
import { listReasons, saveAdjustmentReason } from './adjustment-reason.service.js';
import { Adjustment } from './adjustment.entity.js';
import { AdjustmentInput, AdjustmentListArgs, AdjustmentReasonInput, AdjustmentReasonListArgs } from './adjustment.inputs.js';
import * as adjustments from './adjustment.service.js';

export const AdjustmentConnection = Connection(Adjustment);
export const AdjustmentReasonConnection = Connection(AdjustmentReason);

const load = (ctx: Context, id: string) => ctx.em.findOneOrFail(Adjustment, { id }, { refresh: true });

@Resolver(() => Adjustment)
export class AdjustmentResolver {
  @Authorized(...REPORT_READERS)
  @Query(() => AdjustmentConnection, { description: 'Adjustments; filter status PENDING_APPROVAL for the approval queue.' })
  async adjustments(@Args(() => AdjustmentListArgs) args: AdjustmentListArgs, @Ctx() ctx: Context) {
    return toConnection(await adjustments.listAdjustments(ctx.em, args));
  }

  @Authorized(...REPORT_READERS)
  @Query(() => AdjustmentReasonConnection)
  async adjustmentReasons(@Args(() => AdjustmentReasonListArgs) args: AdjustmentReasonListArgs, @Ctx() ctx: Context) {
    return toConnection(await listReasons(ctx.em, args));
  }

  @Authorized(...CASHIERS)
  @Mutation(() => Adjustment, { description: 'Posts an adjustment, or queues it for approval above the policy limit.' })
  async createAdjustment(@Arg('input', () => AdjustmentInput) input: AdjustmentInput, @Ctx() ctx: Context): Promise<Adjustment> {
    return load(ctx, await adjustments.createAdjustment(ctx.app, input, ctx.user?.id ?? null));
  }

  @Authorized(...MONEY_SUPERVISORS)
  @Mutation(() => Adjustment, { description: 'Approves and posts a pending adjustment (not by its author).' })
  async approveAdjustment(@Arg('id', () => ID) id: string, @Arg('note', () => String, { nullable: true }) note: string | null, @Ctx() ctx: Context): Promise<Adjustment> {
    return load(ctx, await adjustments.decideAdjustment(ctx.app, id, true, ctx.user?.id ?? null, note));
  }

  @Authorized(...MONEY_SUPERVISORS)
  @Mutation(() => Adjustment, { description: 'Rejects a pending adjustment; nothing posts.' })
  async rejectAdjustment(@Arg('id', () => ID) id: string, @Arg('note', () => String) note: string, @Ctx() ctx: Context): Promise<Adjustment> {
    return load(ctx, await adjustments.decideAdjustment(ctx.app, id, false, ctx.user?.id ?? null, note));
  }

  @Authorized(...CONFIGURERS)
  @Mutation(() => AdjustmentReason)
  saveAdjustmentReason(@Arg('input', () => AdjustmentReasonInput) input: AdjustmentReasonInput, @Ctx() ctx: Context): Promise<AdjustmentReason> {
    return saveAdjustmentReason(ctx.em, input);
  }

  @FieldResolver(() => String)
  reasonCode(@Root() adjustment: Adjustment): string {
    return adjustment.reason.id;
  }

  @FieldResolver(() => AdjustmentReason)
  async reason(@Root() adjustment: Adjustment, @Ctx() ctx: Context): Promise<AdjustmentReason> {
    return (await ctx.loaders.byId(AdjustmentReason).load(adjustment.reason.id))!;
  }

  @FieldResolver(() => Account)
  async account(@Root() adjustment: Adjustment, @Ctx() ctx: Context): Promise<Account> {
    return (await ctx.loaders.byId(Account).load(adjustment.accountId))!;
  }
}
