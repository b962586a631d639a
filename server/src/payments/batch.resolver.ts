import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { CASHIERS, REPORT_READERS } from '../ledger/money-roles.js';
import { Connection, toConnection } from '../shared/graphql/connection.js';
import { BalanceBatchInput, OpenBatchInput, PaymentBatchListArgs } from './batch.inputs.js';
import * as batches from './batch.service.js';
import { BatchBalanceView } from './batch.types.js';
import { PaymentBatch } from './payment-batch.entity.js';
import { PaymentListArgs } from './payment.inputs.js';
import { PaymentConnection } from './payment.resolver.js';
import { listPayments } from './payment.service.js';
import { StaffMember, staffMember } from '../auth/staff.js';

export const PaymentBatchConnection = Connection(PaymentBatch);

@Resolver(() => PaymentBatch)
export class PaymentBatchResolver {
  @Authorized(...REPORT_READERS)
  @Query(() => PaymentBatchConnection, { description: 'Cash drawers and imported-file batches.' })
  async paymentBatches(@Args(() => PaymentBatchListArgs) args: PaymentBatchListArgs, @Ctx() ctx: Context) {
    return toConnection(await batches.listBatches(ctx.em, args));
  }

  @Authorized(...REPORT_READERS)
  @Query(() => PaymentBatch, { nullable: true })
  paymentBatch(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PaymentBatch | null> {
    return ctx.loaders.byId(PaymentBatch).load(id);
  }

  @Authorized(...CASHIERS)
  @Mutation(() => PaymentBatch, { description: "Opens a clerk's cash drawer." })
  openBatch(@Arg('input', () => OpenBatchInput) input: OpenBatchInput, @Ctx() ctx: Context): Promise<PaymentBatch> {
    return batches.openBatch(ctx.em, input, ctx.user?.id ?? null, ctx.app.clock.today());
  }

  @Authorized(...CASHIERS)
  @Mutation(() => PaymentBatch, { description: 'Records the counted control count and total; see `balance` for the differences.' })
  balanceBatch(@Arg('input', () => BalanceBatchInput) input: BalanceBatchInput, @Ctx() ctx: Context): Promise<PaymentBatch> {
    return batches.balanceBatch(ctx.em, input);
  }

  @Authorized(...CASHIERS)
  @Mutation(() => PaymentBatch, { description: 'Closes a balanced drawer for the bank deposit; CONFLICT when it does not balance.' })
  postBatch(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PaymentBatch> {
    return batches.postBatch(ctx.em, id, ctx.user?.id ?? null);
  }

  @FieldResolver(() => StaffMember, { nullable: true })
  openedByUser(@Root() batch: PaymentBatch, @Ctx() ctx: Context): Promise<StaffMember | null> {
    return staffMember(ctx, batch.openedBy);
  }

  @FieldResolver(() => StaffMember, { nullable: true })
  postedByUser(@Root() batch: PaymentBatch, @Ctx() ctx: Context): Promise<StaffMember | null> {
    return staffMember(ctx, batch.postedBy);
  }

  @FieldResolver(() => BatchBalanceView, { description: 'The batch against its control count and total.' })
  async balance(@Root() batch: PaymentBatch, @Ctx() ctx: Context): Promise<BatchBalanceView> {
    const loader = ctx.loaders.grouped('batch-payments', ids => batches.batchPayments(ctx.app.pool, ids));
    return batches.batchBalanceOf(ctx.app.pool, batch, await loader.load(batch.id));
  }

  @FieldResolver(() => PaymentConnection)
  async payments(@Root() batch: PaymentBatch, @Args(() => PaymentListArgs) args: PaymentListArgs, @Ctx() ctx: Context) {
    return toConnection(await listPayments(ctx.em, args, { batch: batch.id }));
  }
}
