import { Field, Int, ObjectType } from 'type-graphql';
import { MoneyScalar } from '../shared/graphql/scalars.js';
import { PaymentMethod } from './payment-enums.js';

@ObjectType()
export class MethodTotal {
  @Field(() => PaymentMethod) method!: PaymentMethod;
  @Field(() => Int) count!: number;
  @Field(() => MoneyScalar) total!: string;
}

@ObjectType({ description: 'A batch against its control count and total (payments/core batchBalance).' })
export class BatchBalanceView {
  @Field(() => Boolean) balanced!: boolean;
  @Field(() => Int, { nullable: true }) controlCount!: number | null;
  @Field(() => MoneyScalar, { nullable: true }) controlTotal!: string | null;
  @Field(() => Int) actualCount!: number;
  @Field(() => MoneyScalar) actualTotal!: string;
  @Field(() => Int, { description: 'actual − control.' }) countDifference!: number;
  @Field(() => MoneyScalar, { description: 'actual − control: positive = over, negative = short.' }) totalDifference!: string;
  @Field(() => [MethodTotal]) byMethod!: MethodTotal[];
}
