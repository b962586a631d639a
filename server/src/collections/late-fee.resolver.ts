import { Arg, Authorized, Ctx, Field, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { MONEY_SUPERVISORS } from '../ledger/money-roles.js';
import { DateScalar, MoneyScalar } from '../shared/graphql/scalars.js';
import { runLateFees } from './late-fee.service.js';

@ObjectType({ description: 'What a late-fee run charged.' })
export class LateFeeRunResult {
  @Field(() => DateScalar) asOf!: string;
  @Field(() => Int, { description: 'Bills that got a PENALTY in this run (0 when run again).' }) billsCharged!: number;
  @Field(() => MoneyScalar) total!: string;
}

@Resolver()
export class LateFeeResolver {
  @Authorized(...MONEY_SUPERVISORS)
  @Mutation(() => LateFeeRunResult, { description: 'Charges late fees as of a date, once per past-due bill.' })
  async runLateFees(@Arg('asOf', () => DateScalar) asOf: string, @Ctx() ctx: Context): Promise<LateFeeRunResult> {
    return { asOf, ...(await runLateFees(ctx.app, asOf, ctx.user?.id ?? null)) };
  }
}
