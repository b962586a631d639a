import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { OFFICE, READERS } from '../auth/roles.js';
import type { Context } from '../context.js';
import { BillingCycle } from '../cycles/billing-cycle.entity.js';
import { Connection, PageArgs, toConnection } from '../shared/graphql/connection.js';
import { allowedBillRunActions } from './core/bill-run-status.js';
import { BillRun } from './bill-run.entity.js';
import { BillRunAccount } from './bill-run-account.entity.js';
import { BillRunException } from './bill-run-exception.entity.js';
import { BillRunAccountListArgs, BillRunExceptionListArgs, BillRunInput, BillRunListArgs, BulkExceptionActionInput, ExceptionActionInput, OffCycleBillInput, RebillInput } from './bill-run.inputs.js';
import { createOffCycleBill, rebillBill } from './single-account.service.js';
import { BillRunProgress, BillingRegisterView, ExceptionCount } from './bill-run.types.js';
import * as runs from './bill-run.service.js';
import { workException, workExceptions } from './edit-list/exception-action.service.js';
import * as lists from './bill-run.lists.js';
import { progressOf, registerView } from './bill-run.views.js';
import { BillConnection } from './bill.resolver.js';
import { StaffMember, staffMember } from '../auth/staff.js';

export const BillRunConnection = Connection(BillRun);
export const BillRunExceptionConnection = Connection(BillRunException);
export const BillRunAccountConnection = Connection(BillRunAccount);

const reload = async (ctx: Context, id: string) => (await ctx.em.fork().findOneOrFail(BillRun, { id }));

@Resolver(() => BillRun)
export class BillRunResolver {
  @Authorized(...READERS)
  @Query(() => BillRunConnection)
  async billRuns(@Args(() => BillRunListArgs) args: BillRunListArgs, @Ctx() ctx: Context) {
    return toConnection(await lists.listBillRuns(ctx.em, args));
  }

  @Authorized(...READERS)
  @Query(() => BillRun, { nullable: true })
  billRun(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<BillRun | null> {
    return ctx.em.findOne(BillRun, { id });
  }

  @Authorized(...OFFICE)
  @Mutation(() => BillRun, { description: "Creates a cycle's bill run and builds its edit list." })
  async createBillRun(@Arg('input', () => BillRunInput) input: BillRunInput, @Ctx() ctx: Context): Promise<BillRun> {
    return reload(ctx, (await runs.createBillRun(ctx.app, input, ctx.user!)).id);
  }

  @Authorized(...OFFICE)
  @Mutation(() => BillRun, { description: 'A one-account run for a bill outside the cycle (prorated); calculate, approve and post it as usual.' })
  async createOffCycleBill(@Arg('input', () => OffCycleBillInput) input: OffCycleBillInput, @Ctx() ctx: Context): Promise<BillRun> {
    return reload(ctx, await createOffCycleBill(ctx.app, input, ctx.user!));
  }

  @Authorized(...OFFICE)
  @Mutation(() => BillRun, { description: 'Cancel-and-rebill: a REBILL run over the bill period; posting it reverses the old bill.' })
  async rebillBill(@Arg('input', () => RebillInput) input: RebillInput, @Ctx() ctx: Context): Promise<BillRun> {
    return reload(ctx, await rebillBill(ctx.app, input, ctx.user!));
  }

  @Authorized(...OFFICE)
  @Mutation(() => BillRun, { description: 'Builds the edit list again (new or corrected reads).' })
  async refreshEditList(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<BillRun> {
    await runs.refreshEditList(ctx.app, id, ctx.user!);
    return reload(ctx, id);
  }

  @Authorized(...OFFICE)
  @Mutation(() => BillRun, { description: 'Calculates the bills in the background; follow `progress`.' })
  async calculateBillRun(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<BillRun> {
    await runs.calculateBillRun(ctx.app, id, ctx.user!);
    return reload(ctx, id);
  }

  @Authorized(...OFFICE)
  @Mutation(() => BillRun, { description: 'A supervisor approves the calculated bills.' })
  async approveBillRun(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<BillRun> {
    await runs.approveBillRun(ctx.app, id, ctx.user!);
    return reload(ctx, id);
  }

  @Authorized(...OFFICE)
  @Mutation(() => BillRun, { description: 'Takes an approved run back to the edit list (a supervisor).' })
  async reopenBillRun(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<BillRun> {
    await runs.reopenBillRun(ctx.app, id, ctx.user!);
    return reload(ctx, id);
  }

  @Authorized(...OFFICE)
  @Mutation(() => BillRun, { description: 'Posts the charges to the ledger and numbers the bills.' })
  async postBillRun(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<BillRun> {
    await runs.postBillRun(ctx.app, id, ctx.user!);
    return reload(ctx, id);
  }

  @Authorized(...OFFICE)
  @Mutation(() => BillRun, { description: 'Marks the bill print file exported (download it from /bill-runs/{id}/print.csv and .pdf).' })
  async exportBillRun(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<BillRun> {
    await runs.exportBillRun(ctx.app, id, ctx.user!);
    return reload(ctx, id);
  }

  @Authorized(...OFFICE)
  @Mutation(() => BillRun)
  async cancelBillRun(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<BillRun> {
    await runs.cancelBillRun(ctx.app, id, ctx.user!);
    return reload(ctx, id);
  }

  @Authorized(...OFFICE)
  @Mutation(() => BillRun, { description: 'Works one edit-list exception and re-checks the account.' })
  async workException(@Arg('input', () => ExceptionActionInput) input: ExceptionActionInput, @Ctx() ctx: Context): Promise<BillRun> {
    return reload(ctx, await workException(ctx.app, input, ctx.user!));
  }

  @Authorized(...OFFICE)
  @Mutation(() => Int, { description: 'The same action on many exceptions, all or nothing; returns how many.' })
  workExceptions(@Arg('input', () => BulkExceptionActionInput) input: BulkExceptionActionInput, @Ctx() ctx: Context): Promise<number> {
    return workExceptions(ctx.app, input.exceptionIds.map(exceptionId => ({ ...input, exceptionId })), ctx.user!);
  }

  @FieldResolver(() => BillingCycle, { nullable: true })
  cycle(@Root() run: BillRun, @Ctx() ctx: Context): Promise<BillingCycle | null> | null {
    return run.cycle ? ctx.loaders.byId(BillingCycle).load(run.cycle.id) : null;
  }

  @FieldResolver(() => StaffMember, { nullable: true })
  createdByUser(@Root() run: BillRun, @Ctx() ctx: Context): Promise<StaffMember | null> {
    return staffMember(ctx, run.createdBy);
  }

  @FieldResolver(() => StaffMember, { nullable: true })
  approvedByUser(@Root() run: BillRun, @Ctx() ctx: Context): Promise<StaffMember | null> {
    return staffMember(ctx, run.approvedBy);
  }

  @FieldResolver(() => StaffMember, { nullable: true })
  postedByUser(@Root() run: BillRun, @Ctx() ctx: Context): Promise<StaffMember | null> {
    return staffMember(ctx, run.postedBy);
  }

  @FieldResolver(() => BillRunProgress)
  progress(@Root() run: BillRun, @Ctx() ctx: Context): BillRunProgress {
    return progressOf(run, ctx.app.clock.now());
  }

  @FieldResolver(() => [String], { description: 'What can be done with the run now.' })
  allowedActions(@Root() run: BillRun): string[] {
    return allowedBillRunActions(run.status);
  }

  @FieldResolver(() => BillRunExceptionConnection, { description: 'The edit list.' })
  async exceptions(@Root() run: BillRun, @Args(() => BillRunExceptionListArgs) args: BillRunExceptionListArgs, @Ctx() ctx: Context) {
    return toConnection(await lists.listExceptions(ctx.em, args, run.id));
  }

  @FieldResolver(() => [ExceptionCount], { description: 'Exceptions by code: total and still open.' })
  async exceptionCounts(@Root() run: BillRun, @Ctx() ctx: Context): Promise<ExceptionCount[]> {
    const rows = await ctx.app.pool.query(`select code, count(*)::int total, count(*) filter (where status <> 'RESOLVED')::int open, bool_or(blocking) blocking
      from bill_run_exception where run_id = $1 group by code order by code`, [run.id]);
    return rows.rows;
  }

  @FieldResolver(() => BillRunAccountConnection, { description: 'Accounts of the run with their disposition.' })
  async accounts(@Root() run: BillRun, @Args(() => BillRunAccountListArgs) args: BillRunAccountListArgs, @Ctx() ctx: Context) {
    return toConnection(await lists.listRunAccounts(ctx.em, args, { run: run.id }));
  }

  @FieldResolver(() => BillRunAccountConnection, { description: 'The unbilled audit: accounts of the run that get no bill, and why.' })
  async unbilled(@Root() run: BillRun, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return toConnection(await lists.listRunAccounts(ctx.em, args, { run: run.id, disposition: { $ne: 'BILLABLE' } }));
  }

  @FieldResolver(() => BillConnection)
  async bills(@Root() run: BillRun, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return toConnection(await lists.listBills(ctx.em, { ...args, orderBy: [{ field: 'RUN_ORDER' }] }, { run: run.id }));
  }

  @FieldResolver(() => BillingRegisterView)
  register(@Root() run: BillRun, @Ctx() ctx: Context): Promise<BillingRegisterView> {
    return registerView(ctx.app.pool, run.id);
  }
}
