import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import { StaffMember, staffMember } from '../auth/staff.js';
import type { Context } from '../context.js';
import { BillRunAccount } from './bill-run-account.entity.js';
import { BillRunAction } from './bill-run-action.entity.js';
import { BillRunException } from './bill-run-exception.entity.js';

/** The edit-list actions of accounts of runs, keyed "run:account", oldest first; one query per page. */
function actionsOf(ctx: Context, runId: string, accountId: string): Promise<BillRunAction[]> {
  return ctx.loaders
    .grouped<BillRunAction>('bill-run-actions', async keys => {
      const pairs = keys.map(k => k.split(':'));
      const actions = await ctx.em.find(
        BillRunAction,
        { $or: pairs.map(([run, account]) => ({ run: run!, account: account! })) },
        { orderBy: { id: 'asc' } },
      );
      const groups = new Map<string, BillRunAction[]>();
      for (const a of actions) {
        const key = `${a.run.id}:${a.account.id}`;
        groups.set(key, [...(groups.get(key) ?? []), a]);
      }
      return groups;
    })
    .load(`${runId}:${accountId}`);
}

@Resolver(() => BillRunAccount)
export class BillRunAccountResolver {
  @FieldResolver(() => Account)
  async account(@Root() row: BillRunAccount, @Ctx() ctx: Context): Promise<Account> {
    return (await ctx.loaders.byId(Account).load(row.account.id))!;
  }

  @FieldResolver(() => [BillRunAction], { description: "Everything done on the edit list for this account in this run, oldest first." })
  actions(@Root() row: BillRunAccount, @Ctx() ctx: Context): Promise<BillRunAction[]> {
    return actionsOf(ctx, row.run.id, row.account.id);
  }
}

@Resolver(() => BillRunException)
export class BillRunExceptionResolver {
  @FieldResolver(() => Account)
  async account(@Root() row: BillRunException, @Ctx() ctx: Context): Promise<Account> {
    return (await ctx.loaders.byId(Account).load(row.account.id))!;
  }

  @FieldResolver(() => StaffMember, { nullable: true, description: 'Who worked the exception.' })
  resolvedByUser(@Root() row: BillRunException, @Ctx() ctx: Context): Promise<StaffMember | null> {
    return staffMember(ctx, row.resolvedBy);
  }

  @FieldResolver(() => [BillRunAction], {
    description: "The actions on this exception's account in the run that concern it (its code, or the whole account: holds), oldest first.",
  })
  async actions(@Root() row: BillRunException, @Ctx() ctx: Context): Promise<BillRunAction[]> {
    return (await actionsOf(ctx, row.run.id, row.account.id)).filter(a => a.code === null || a.code === row.code);
  }
}

@Resolver(() => BillRunAction)
export class BillRunActionResolver {
  @FieldResolver(() => StaffMember, { nullable: true })
  by(@Root() row: BillRunAction, @Ctx() ctx: Context): Promise<StaffMember | null> {
    return staffMember(ctx, row.byUserId);
  }
}
