import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { CONFIGURERS, REPORT_READERS } from '../ledger/money-roles.js';
import { moneyText, dec } from '../shared/money/index.js';
import { BillingPolicy } from './billing-policy.entity.js';
import { BillingPolicyInput } from './billing-policy.inputs.js';
import { ClassDeposit } from './billing-policy.types.js';
import * as policies from './billing-policy.service.js';

@Resolver(() => BillingPolicy)
export class BillingPolicyResolver {
  @Authorized(...REPORT_READERS)
  @Query(() => BillingPolicy, { description: 'The billing policy in force.' })
  billingPolicy(@Ctx() ctx: Context): Promise<BillingPolicy> {
    return policies.getBillingPolicy(ctx.em);
  }

  @Authorized(...CONFIGURERS)
  @Mutation(() => BillingPolicy)
  updateBillingPolicy(@Arg('input', () => BillingPolicyInput) input: BillingPolicyInput, @Ctx() ctx: Context): Promise<BillingPolicy> {
    return policies.updateBillingPolicy(ctx.em, input, ctx.user?.id ?? null);
  }

  @FieldResolver(() => [ClassDeposit], { description: 'Deposit required of new accounts, by customer class.' })
  depositByClass(@Root() policy: BillingPolicy): ClassDeposit[] {
    return policies.ALL_CLASSES.map(customerClass => ({ customerClass, amount: moneyText(dec(policy.depositByClass[customerClass] ?? '0')) }));
  }
}
