import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import type { Context } from '../context.js';
import { toConnection } from '../shared/graphql/connection.js';
import { AccountDraftStatus } from './account-draft-status.entity.js';
import { PaymentListArgs } from './payment.inputs.js';
import { PaymentConnection } from './payment.resolver.js';
import { listPayments } from './payment.service.js';

@Resolver(() => Account)
export class AccountPaymentsResolver {
  @FieldResolver(() => PaymentConnection, { description: "The account's payments, newest first unless ordered otherwise." })
  async payments(@Root() account: Account, @Args(() => PaymentListArgs) args: PaymentListArgs, @Ctx() ctx: Context) {
    const ordered = args.orderBy?.length ? args : { ...args, orderBy: [{ field: 'RECEIVED_ON', direction: 'DESC' }] };
    return toConnection(await listPayments(ctx.em, ordered as never, { account: account.id }));
  }

  @FieldResolver(() => AccountDraftStatus, { nullable: true, description: 'Bank-draft eligibility after returned payments (null: never returned).' })
  draftStatus(@Root() account: Account, @Ctx() ctx: Context): Promise<AccountDraftStatus | null> {
    return ctx.loaders.byId(AccountDraftStatus).load(account.id);
  }
}
