import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ADMINS, READERS } from '../auth/roles.js';
import type { Context } from '../context.js';
import { Connection, toConnection } from '../shared/graphql/connection.js';
import { BillingCycle } from './billing-cycle.entity.js';
import { BillingCycleInput, BillingCycleListArgs, BillingCycleUpdateInput } from './billing-cycle.inputs.js';
import * as cycles from './billing-cycle.service.js';

export const BillingCycleConnection = Connection(BillingCycle);

@Resolver(() => BillingCycle)
export class BillingCycleResolver {
  @Authorized(...READERS)
  @Query(() => BillingCycleConnection)
  async billingCycles(@Args(() => BillingCycleListArgs) args: BillingCycleListArgs, @Ctx() ctx: Context) {
    return toConnection(await cycles.listBillingCycles(ctx.em, args));
  }

  @Authorized(...READERS)
  @Query(() => BillingCycle, { nullable: true })
  billingCycle(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<BillingCycle | null> {
    return ctx.loaders.byId(BillingCycle).load(id);
  }

  @Authorized(...ADMINS)
  @Mutation(() => BillingCycle)
  createBillingCycle(@Arg('input', () => BillingCycleInput) input: BillingCycleInput, @Ctx() ctx: Context): Promise<BillingCycle> {
    return cycles.createBillingCycle(ctx.em, input);
  }

  @Authorized(...ADMINS)
  @Mutation(() => BillingCycle)
  updateBillingCycle(@Arg('id', () => ID) id: string, @Arg('input', () => BillingCycleUpdateInput) input: BillingCycleUpdateInput, @Ctx() ctx: Context): Promise<BillingCycle> {
    return cycles.updateBillingCycle(ctx.em, id, input);
  }
}
