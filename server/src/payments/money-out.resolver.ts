import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { MONEY_SUPERVISORS } from '../ledger/money-roles.js';
import { BalanceTransfer } from './balance-transfer.entity.js';
import { RefundInput, TransferBalanceInput } from './payment.inputs.js';
import { Refund } from './refund.entity.js';
import { refundCredit } from './refund.service.js';
import { transferBalance } from './transfer.service.js';

@Resolver()
export class MoneyOutResolver {
  @Authorized(...MONEY_SUPERVISORS)
  @Mutation(() => Refund, { description: 'Refunds (part of) a credit balance; idempotent on its key.' })
  async refundCredit(@Arg('input', () => RefundInput) input: RefundInput, @Ctx() ctx: Context): Promise<Refund> {
    const id = await refundCredit(ctx.app, input, ctx.user?.id ?? null);
    return ctx.em.findOneOrFail(Refund, { id });
  }

  @Authorized(...MONEY_SUPERVISORS)
  @Mutation(() => BalanceTransfer, { description: 'Moves a balance or a credit between accounts by a TRANSFER pair.' })
  async transferBalance(@Arg('input', () => TransferBalanceInput) input: TransferBalanceInput, @Ctx() ctx: Context): Promise<BalanceTransfer> {
    const id = await transferBalance(ctx.app, input, ctx.user?.id ?? null);
    return ctx.em.findOneOrFail(BalanceTransfer, { id });
  }
}
