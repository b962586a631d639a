import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import type { Context } from '../context.js';
import { CASHIERS, MONEY_SUPERVISORS, REPORT_READERS } from '../ledger/money-roles.js';
import { Connection, toConnection } from '../shared/graphql/connection.js';
import { PaymentBatch } from './payment-batch.entity.js';
import { Payment } from './payment.entity.js';
import { PaymentInput, PaymentListArgs, ReversePaymentInput, TransferPaymentInput } from './payment.inputs.js';
import * as payments from './payment.service.js';
import { reversePayment } from './payment-reverse.service.js';
import { applySuspensePayment } from './suspense.service.js';
import { transferPayment } from './transfer.service.js';

export const PaymentConnection = Connection(Payment);

/** The payment as committed (the services write with SQL in their own transaction). */
export const loadPayment = (ctx: Context, id: string) => ctx.em.findOneOrFail(Payment, { id }, { refresh: true });

@Resolver(() => Payment)
export class PaymentResolver {
  @Authorized(...REPORT_READERS)
  @Query(() => PaymentConnection, { description: 'Payments; filter status SUSPENSE for the suspense queue.' })
  async payments(@Args(() => PaymentListArgs) args: PaymentListArgs, @Ctx() ctx: Context) {
    return toConnection(await payments.listPayments(ctx.em, args));
  }

  @Authorized(...REPORT_READERS)
  @Query(() => Payment, { nullable: true })
  payment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Payment | null> {
    return ctx.loaders.byId(Payment).load(id);
  }

  @Authorized(...CASHIERS)
  @Mutation(() => Payment, { description: 'Posts a payment; the same idempotency key with the same content returns the first payment.' })
  async postPayment(@Arg('input', () => PaymentInput) input: PaymentInput, @Ctx() ctx: Context): Promise<Payment> {
    return loadPayment(ctx, await payments.postPayment(ctx.app, input, ctx.user?.id ?? null));
  }

  @Authorized(...MONEY_SUPERVISORS)
  @Mutation(() => Payment, { description: 'Reverses a returned or mistaken payment (REVERSAL entry, returned-payment fee when due).' })
  async reversePayment(@Arg('input', () => ReversePaymentInput) input: ReversePaymentInput, @Ctx() ctx: Context): Promise<Payment> {
    return loadPayment(ctx, await reversePayment(ctx.app, input, ctx.user?.id ?? null));
  }

  @Authorized(...CASHIERS)
  @Mutation(() => Payment, { description: 'Applies a payment from the suspense queue to its account.' })
  async applySuspensePayment(@Arg('paymentId', () => ID) paymentId: string, @Arg('accountId', () => ID) accountId: string, @Ctx() ctx: Context): Promise<Payment> {
    return loadPayment(ctx, await applySuspensePayment(ctx.app, paymentId, accountId, ctx.user?.id ?? null));
  }

  @Authorized(...MONEY_SUPERVISORS)
  @Mutation(() => Payment, { description: 'Moves a misapplied payment to the right account (TRANSFER pair; nothing edited).' })
  async transferPayment(@Arg('input', () => TransferPaymentInput) input: TransferPaymentInput, @Ctx() ctx: Context): Promise<Payment> {
    return loadPayment(ctx, await transferPayment(ctx.app, input, ctx.user?.id ?? null));
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Null while in suspense.' })
  accountId(@Root() payment: Payment): string | null {
    return payment.account?.id ?? null;
  }

  @FieldResolver(() => Account, { nullable: true })
  account(@Root() payment: Payment, @Ctx() ctx: Context): Promise<Account | null> | null {
    return payment.account ? ctx.loaders.byId(Account).load(payment.account.id) : null;
  }

  @Authorized(...REPORT_READERS) // a batch lists other customers' payments
  @FieldResolver(() => PaymentBatch, { nullable: true })
  batch(@Root() payment: Payment, @Ctx() ctx: Context): Promise<PaymentBatch | null> | null {
    return payment.batch ? ctx.loaders.byId(PaymentBatch).load(payment.batch.id) : null;
  }
}
