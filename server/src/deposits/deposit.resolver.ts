import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import type { Context } from '../context.js';
import { CASHIERS, MONEY_SUPERVISORS, REPORT_READERS } from '../ledger/money-roles.js';
import { Connection, toConnection } from '../shared/graphql/connection.js';
import { MoneyScalar } from '../shared/graphql/scalars.js';
import { Deposit } from './deposit.entity.js';
import { DepositInput, DepositListArgs } from './deposit.inputs.js';
import * as deposits from './deposit.service.js';

export const DepositConnection = Connection(Deposit);
const load = (ctx: Context, id: string) => ctx.em.findOneOrFail(Deposit, { id }, { refresh: true });

@Resolver(() => Deposit)
export class DepositResolver {
  @Authorized(...REPORT_READERS)
  @Query(() => DepositConnection)
  async deposits(@Args(() => DepositListArgs) args: DepositListArgs, @Ctx() ctx: Context) {
    return toConnection(await deposits.listDeposits(ctx.em, args));
  }

  @Authorized(...CASHIERS)
  @Mutation(() => Deposit, { description: 'Collects a customer deposit (a liability, not AR).' })
  async collectDeposit(@Arg('input', () => DepositInput) input: DepositInput, @Ctx() ctx: Context): Promise<Deposit> {
    return load(ctx, await deposits.collectDeposit(ctx.app, input, ctx.user?.id ?? null));
  }

  @Authorized(...MONEY_SUPERVISORS)
  @Mutation(() => Deposit, { description: 'Refunds a held deposit.' })
  async refundDeposit(@Arg('depositId', () => ID) depositId: string, @Arg('reference', () => String, { nullable: true }) reference: string | null, @Ctx() ctx: Context): Promise<Deposit> {
    return load(ctx, await deposits.refundDeposit(ctx.app, depositId, reference, ctx.user?.id ?? null));
  }
}

@Resolver(() => Account)
export class AccountDepositResolver {
  @FieldResolver(() => MoneyScalar, { description: 'Deposits held for the account (a liability, not part of the balance).' })
  async depositHeld(@Root() account: Account, @Ctx() ctx: Context): Promise<string> {
    return (await ctx.loaders.single('depositHeld', ids => deposits.depositsHeld(ctx.app.pool, ids)).load(account.id)) ?? '0.00';
  }
}
