import { Field, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar } from '../shared/graphql/scalars.js';
import { moneyText } from '../shared/money/index.js';
import type { AgingBuckets } from './core/index.js';

/** Receivables by days past due as of a date (billing-rules.md "Aging buckets"). */
@ObjectType({ description: 'Receivables by days past due as of a date; the buckets and credit sum to the total (the balance).' })
export class Aging {
  @Field(() => DateScalar) asOf!: string;
  @Field(() => MoneyScalar, { description: 'Not yet due (or due on the as-of date).' }) current!: string;
  @Field(() => MoneyScalar) days1to30!: string;
  @Field(() => MoneyScalar) days31to60!: string;
  @Field(() => MoneyScalar) days61to90!: string;
  @Field(() => MoneyScalar) days91plus!: string;
  @Field(() => MoneyScalar, { description: 'Unapplied credit (a credit balance), ≤ 0.' }) credit!: string;
  @Field(() => MoneyScalar, { description: 'The balance as of the date.' }) total!: string;
}

export function agingView(buckets: AgingBuckets, asOf: string): Aging {
  return {
    asOf,
    current: moneyText(buckets.current),
    days1to30: moneyText(buckets.days1to30),
    days31to60: moneyText(buckets.days31to60),
    days61to90: moneyText(buckets.days61to90),
    days91plus: moneyText(buckets.days91plus),
    credit: moneyText(buckets.credit),
    total: moneyText(buckets.total),
  };
}
