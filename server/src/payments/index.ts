import { AccountDraftStatus } from './account-draft-status.entity.js';
import { AccountPaymentsResolver } from './account-payments.resolver.js';
import { AchNotice } from './ach-notice.entity.js';
import { BalanceTransfer } from './balance-transfer.entity.js';
import { PaymentBatchResolver } from './batch.resolver.js';
import { PaymentImportResolver } from './import.resolver.js';
import { MoneyOutResolver } from './money-out.resolver.js';
import { PaymentBatch } from './payment-batch.entity.js';
import { PaymentImportFile } from './payment-import-file.entity.js';
import { Payment } from './payment.entity.js';
import { PaymentResolver } from './payment.resolver.js';
import { Refund } from './refund.entity.js';

export const entities = [Payment, PaymentBatch, PaymentImportFile, AchNotice, AccountDraftStatus, Refund, BalanceTransfer];
export const resolvers = [PaymentResolver, PaymentBatchResolver, PaymentImportResolver, MoneyOutResolver, AccountPaymentsResolver] as const;
