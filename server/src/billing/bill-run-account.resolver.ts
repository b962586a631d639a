import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import type { Context } from '../context.js';
import { BillRunAccount } from './bill-run-account.entity.js';
import { BillRunException } from './bill-run-exception.entity.js';

@Resolver(() => BillRunAccount)
export class BillRunAccountResolver {
  @FieldResolver(() => Account)
  async account(@Root() row: BillRunAccount, @Ctx() ctx: Context): Promise<Account> {
    return (await ctx.loaders.byId(Account).load(row.account.id))!;
  }
}

@Resolver(() => BillRunException)
export class BillRunExceptionResolver {
  @FieldResolver(() => Account)
  async account(@Root() row: BillRunException, @Ctx() ctx: Context): Promise<Account> {
    return (await ctx.loaders.byId(Account).load(row.account.id))!;
  }
}
