import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import { READERS } from '../auth/roles.js';
import type { Context } from '../context.js';
import { Connection, toConnection } from '../shared/graphql/connection.js';
import { MoneyScalar } from '../shared/graphql/scalars.js';
import { LedgerEntry } from './ledger-entry.entity.js';
import { LedgerEntryListArgs } from './ledger.inputs.js';
import * as ledger from './ledger.service.js';

export const LedgerEntryConnection = Connection(LedgerEntry);

@Resolver(() => LedgerEntry)
export class LedgerEntryResolver {
  @Authorized(...READERS)
  @Query(() => LedgerEntryConnection)
  async ledgerEntries(@Args(() => LedgerEntryListArgs) args: LedgerEntryListArgs, @Ctx() ctx: Context) {
    return toConnection(await ledger.listLedgerEntries(ctx.em, args));
  }

  @FieldResolver(() => Account)
  async account(@Root() entry: LedgerEntry, @Ctx() ctx: Context): Promise<Account> {
    return (await ctx.loaders.byId(Account).load(entry.account.id))!;
  }
}

@Resolver(() => Account)
export class AccountLedgerResolver {
  @FieldResolver(() => MoneyScalar, { description: 'What the customer owes now (negative: a credit).' })
  async balance(@Root() account: Account, @Ctx() ctx: Context): Promise<string> {
    const loader = ctx.loaders.single('balance', ids => ledger.balancesOf(ctx.em, ids));
    return (await loader.load(account.id)) ?? '0.00';
  }

  @FieldResolver(() => LedgerEntryConnection, { description: 'The account ledger, newest first unless ordered otherwise.' })
  async ledger(@Root() account: Account, @Args(() => LedgerEntryListArgs) args: LedgerEntryListArgs, @Ctx() ctx: Context) {
    const ordered = args.orderBy?.length ? args : { ...args, orderBy: [{ field: 'POSTED_ON', direction: 'DESC' }] };
    return toConnection(await ledger.listLedgerEntries(ctx.em, ordered as never, { account: account.id }));
  }
}
