import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import { ownCustomerOnly } from '../auth/ownership.js';
import { OFFICE, READERS, READERS_AND_CUSTOMERS } from '../auth/roles.js';
import type { Context } from '../context.js';
import { Connection, PageArgs, toConnection } from '../shared/graphql/connection.js';
import { loadLine, lineView, type StoredLine } from '../rating/line-json.js';
import { ChargeLineView } from '../rating/rating.types.js';
import { BillRunStatus, BillStatus } from './billing-enums.js';
import { BillRun } from './bill-run.entity.js';
import { BillListArgs, LeakAdjustmentInput, StopServiceInput } from './bill-run.inputs.js';
import { stopService } from './final-bill.service.js';
import { applyLeakAdjustment } from './leak-adjustment.service.js';
import { Adjustment } from '../adjustments/adjustment.entity.js';
import { BillMeterRead, BillStatement, ServiceTotal } from './bill-run.types.js';
import { Bill } from './bill.entity.js';
import * as lists from './bill-run.lists.js';
import { billNumber, billReads, billStatements, billStatus, serviceTotals } from './bill.view.js';

export const BillConnection = Connection(Bill);

const runOf = async (ctx: Context, bill: Bill) => (await ctx.loaders.byId(BillRun).load(bill.run.id))!;

/** A portal customer sees its own posted bills only: a calculated run's bills are drafts until posted. */
const POSTED_RUN = { run: { status: { $in: [BillRunStatus.POSTED, BillRunStatus.EXPORTED] } } };

@Resolver(() => Bill)
export class BillResolver {
  @Authorized(...READERS_AND_CUSTOMERS)
  @Query(() => BillConnection)
  async bills(@Args(() => BillListArgs) args: BillListArgs, @Ctx() ctx: Context) {
    const only = ownCustomerOnly(ctx);
    return toConnection(await lists.listBills(ctx.em, args, only ? { account: { customer: only }, ...POSTED_RUN } : undefined));
  }

  @Authorized(...READERS_AND_CUSTOMERS)
  @Query(() => Bill, { nullable: true })
  async bill(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Bill | null> {
    const only = ownCustomerOnly(ctx);
    return ctx.em.findOne(Bill, only ? { id, account: { customer: only }, ...POSTED_RUN } : { id });
  }

  @Authorized(...OFFICE)
  @Mutation(() => Bill, { description: 'Stops service: final read → final bill (prorated, posted) → deposit applied → refund or balance due.' })
  async stopService(@Arg('input', () => StopServiceInput) input: StopServiceInput, @Ctx() ctx: Context): Promise<Bill> {
    const id = await stopService(ctx.app, input, ctx.user!);
    return ctx.em.findOneOrFail(Bill, { id });
  }

  @Authorized(...OFFICE)
  @Mutation(() => Adjustment, { description: 'A leak adjustment on a posted bill by the billing policy (the water credit; sewer, if any, is a second adjustment).' })
  async applyLeakAdjustment(@Arg('input', () => LeakAdjustmentInput) input: LeakAdjustmentInput, @Ctx() ctx: Context): Promise<Adjustment> {
    const id = await applyLeakAdjustment(ctx.app, input, ctx.user!);
    return ctx.em.findOneOrFail(Adjustment, { id });
  }

  @FieldResolver(() => String, { nullable: true, description: 'Assigned when the run posts.' })
  async number(@Root() bill: Bill, @Ctx() ctx: Context): Promise<string | null> {
    return billNumber(bill, await runOf(ctx, bill));
  }

  @FieldResolver(() => BillStatus)
  async status(@Root() bill: Bill, @Ctx() ctx: Context): Promise<BillStatus> {
    return billStatus(bill, await runOf(ctx, bill));
  }

  // The run holds every account's bills: office readers only, never a portal customer.
  @Authorized(...READERS)
  @FieldResolver(() => BillRun)
  run(@Root() bill: Bill, @Ctx() ctx: Context): Promise<BillRun> {
    return runOf(ctx, bill);
  }

  @FieldResolver(() => Account)
  async account(@Root() bill: Bill, @Ctx() ctx: Context): Promise<Account> {
    return (await ctx.loaders.byId(Account).load(bill.account.id))!;
  }

  @FieldResolver(() => [ChargeLineView], { description: 'Charge lines with the sentence a clerk reads aloud.' })
  lines(@Root() bill: Bill): ChargeLineView[] {
    return (bill.lines as StoredLine[]).map(l => lineView(loadLine(l)));
  }

  @FieldResolver(() => [BillMeterRead])
  reads(@Root() bill: Bill): BillMeterRead[] {
    return billReads(bill);
  }

  @FieldResolver(() => [ServiceTotal])
  serviceTotals(@Root() bill: Bill): ServiceTotal[] {
    return serviceTotals(bill);
  }

  @FieldResolver(() => BillStatement, { description: 'Previous balance, payments and credits, amount due.' })
  statement(@Root() bill: Bill, @Ctx() ctx: Context): Promise<BillStatement> {
    return ctx.loaders.single('bill-statement', ids => billStatements(ctx.app.pool, ids)).load(bill.id).then(s => s!);
  }
}

@Resolver(() => Account)
export class AccountBillsResolver {
  @FieldResolver(() => BillConnection, { description: "The account's bills, newest first." })
  async bills(@Root() account: Account, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    const extra = ownCustomerOnly(ctx) ? { account: account.id, ...POSTED_RUN } : { account: account.id };
    return toConnection(await lists.listBills(ctx.em, { ...args, orderBy: [{ field: 'PERIOD_END', direction: 'DESC' as never }] }, extra));
  }
}
