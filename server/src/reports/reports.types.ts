import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Aging } from '../ledger/aging.types.js';
import { MethodTotal } from '../payments/batch.types.js';
import { DateScalar, MoneyScalar } from '../shared/graphql/scalars.js';

@ObjectType({ description: 'A GL account with its total debits and credits over a journal.' })
export class GlJournalLine {
  @Field(() => String) glAccount!: string;
  @Field(() => MoneyScalar) debit!: string;
  @Field(() => MoneyScalar) credit!: string;
}

@ObjectType({ description: 'The AR aging of one account.' })
export class AgingRow extends Aging {
  @Field(() => ID) accountId!: string;
  @Field(() => String) accountNumber!: string;
}

@ObjectType({ description: 'AR by days past due as of a date: totals, and one row per account with a balance (`rows`).' })
export class AgingReport extends Aging {
  @Field(() => Int, { description: 'Accounts with a balance or a credit.' }) accountsWithBalance!: number;
}

@ObjectType({ description: 'Month-end AR roll-forward: opening + movements = closing = the sum of balances.' })
export class RollForwardReport {
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => MoneyScalar) openingAr!: string;
  @Field(() => MoneyScalar) charges!: string;
  @Field(() => MoneyScalar, { description: 'Signed: payments reduce AR, so this is negative.' }) payments!: string;
  @Field(() => MoneyScalar) adjustments!: string;
  @Field(() => MoneyScalar) penalties!: string;
  @Field(() => MoneyScalar) depositsApplied!: string;
  @Field(() => MoneyScalar) refunds!: string;
  @Field(() => MoneyScalar) transfers!: string;
  @Field(() => MoneyScalar) reversals!: string;
  @Field(() => MoneyScalar) closingAr!: string;
  @Field(() => MoneyScalar, { description: 'Sum of every account balance at `to`, counted separately.' }) sumOfBalances!: string;
  @Field(() => Boolean, { description: 'opening + movements = closing = sum of balances.' }) ties!: boolean;
  @Field(() => Int) accountsWithBalance!: number;
}

@ObjectType({ description: 'Payments received on a day in one method and batch.' })
export class CashReceiptLine {
  @Field(() => DateScalar) receivedOn!: string;
  @Field(() => String) method!: string;
  @Field(() => ID, { nullable: true }) batchId!: string | null;
  @Field(() => String, { description: 'DRAWER, LOCKBOX, CARD_SETTLEMENT, NONE (no batch) or DEPOSIT (customer deposits).' }) batchKind!: string;
  @Field(() => String) batchName!: string;
  @Field(() => Int) count!: number;
  @Field(() => MoneyScalar) total!: string;
}

@ObjectType({ description: 'Daily cash receipts by method and batch.' })
export class CashReceiptsReport {
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => [CashReceiptLine]) lines!: CashReceiptLine[];
  @Field(() => [MethodTotal]) byMethod!: MethodTotal[];
  @Field(() => MoneyScalar) total!: string;
}
