import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { CASHIERS, REPORT_READERS } from '../ledger/money-roles.js';
import { Connection, toConnection } from '../shared/graphql/connection.js';
import { FileImportInput } from '../shared/graphql/file-import.js';
import { reconcileBankReport } from './bank-reconciliation.service.js';
import { BankReconciliation } from './bank-reconciliation.types.js';
import { listImportFiles } from './import-file.service.js';
import { BankReportInput, PaymentImportFileListArgs, PaymentImportResult } from './import.types.js';
import { PaymentImportFile } from './payment-import-file.entity.js';

export const PaymentImportFileConnection = Connection(PaymentImportFile);
import { importPayments } from './payment-import.service.js';

@Resolver()
export class PaymentImportResolver {
  @Authorized(...REPORT_READERS)
  @Query(() => PaymentImportFileConnection, { description: 'Payment files imported, newest last unless ordered otherwise.' })
  async paymentImportFiles(@Args(() => PaymentImportFileListArgs) args: PaymentImportFileListArgs, @Ctx() ctx: Context) {
    return toConnection(await listImportFiles(ctx.em, args));
  }

  @Authorized(...CASHIERS)
  @Mutation(() => PaymentImportResult, { description: 'Imports a lockbox, card settlement or NACHA return file, whole or not at all.' })
  importPayments(@Arg('input', () => FileImportInput) input: FileImportInput, @Ctx() ctx: Context): Promise<PaymentImportResult> {
    return importPayments(ctx.app, input, ctx.user?.id ?? null);
  }

  @Authorized(...CASHIERS)
  @Mutation(() => BankReconciliation, { description: "Reconciles a BAI2 bank report against the day's batches (writes nothing)." })
  reconcileBankReport(@Arg('input', () => BankReportInput) input: BankReportInput, @Ctx() ctx: Context): Promise<BankReconciliation> {
    return reconcileBankReport(ctx.app.pool, input.fileName, input.content);
  }
}
