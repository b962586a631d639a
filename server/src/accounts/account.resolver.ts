import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ownCustomerOnly } from '../auth/ownership.js';
import { OFFICE, READERS, READERS_AND_CUSTOMERS } from '../auth/roles.js';
import type { Context } from '../context.js';
import { Customer } from '../customers/customer.entity.js';
import { BillingCycle } from '../cycles/billing-cycle.entity.js';
import { Premise } from '../premises/premise.entity.js';
import { MeterReadConnection } from '../reads/read.resolver.js';
import { MeterReadListArgs } from '../reads/read.inputs.js';
import { listMeterReads } from '../reads/read.service.js';
import { MeterInstallation } from '../meters/meter-installation.entity.js';
import { Connection, PageArgs, toConnection } from '../shared/graphql/connection.js';
import { WorkOrderConnection } from '../workorders/work-order.resolver.js';
import { WorkOrderListArgs } from '../workorders/work-order.inputs.js';
import { listWorkOrders } from '../workorders/work-order.service.js';
import { Account } from './account.entity.js';
import { AccountListArgs, AccountUpdateInput, StartServiceInput } from './account.inputs.js';
import * as accounts from './account.service.js';

export const AccountConnection = Connection(Account);

@Resolver(() => Account)
export class AccountResolver {
  @Authorized(...READERS_AND_CUSTOMERS)
  @Query(() => AccountConnection)
  async accounts(@Args(() => AccountListArgs) args: AccountListArgs, @Ctx() ctx: Context) {
    return toConnection(await accounts.listAccounts(ctx.em, args, ownCustomerOnly(ctx)));
  }

  @Authorized(...READERS_AND_CUSTOMERS)
  @Query(() => Account, { nullable: true, description: 'An account by id or by account number.' })
  async account(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('number', () => String, { nullable: true }) number: string | null,
    @Ctx() ctx: Context,
  ): Promise<Account | null> {
    const account = await accounts.getAccount(ctx.em, { id, number });
    const only = ownCustomerOnly(ctx);
    return account && (!only || account.customer.id === only) ? account : null;
  }

  @Authorized(...OFFICE)
  @Mutation(() => Account, { description: 'Starts service for a customer at a premise.' })
  startService(@Arg('input', () => StartServiceInput) input: StartServiceInput, @Ctx() ctx: Context): Promise<Account> {
    return accounts.startService(ctx.em, input, ctx.user?.id ?? null);
  }

  @Authorized(...OFFICE)
  @Mutation(() => Account)
  updateAccount(@Arg('id', () => ID) id: string, @Arg('input', () => AccountUpdateInput) input: AccountUpdateInput, @Ctx() ctx: Context): Promise<Account> {
    return accounts.updateAccount(ctx.em, id, input, ctx.app.clock.today());
  }

  @FieldResolver(() => Customer)
  async customer(@Root() account: Account, @Ctx() ctx: Context): Promise<Customer> {
    return (await ctx.loaders.byId(Customer).load(account.customer.id))!;
  }

  @FieldResolver(() => Premise)
  async premise(@Root() account: Account, @Ctx() ctx: Context): Promise<Premise> {
    return (await ctx.loaders.byId(Premise).load(account.premise.id))!;
  }

  @FieldResolver(() => BillingCycle)
  async cycle(@Root() account: Account, @Ctx() ctx: Context): Promise<BillingCycle> {
    return (await ctx.loaders.byId(BillingCycle).load(account.cycle.id))!;
  }

  @FieldResolver(() => MeterReadConnection, { description: 'Reads of the meters at the premise during this account, newest first.' })
  async reads(@Root() account: Account, @Args(() => MeterReadListArgs) args: MeterReadListArgs, @Ctx() ctx: Context) {
    const installations = await ctx.em.find(MeterInstallation, { premise: account.premise.id });
    const meterIds = [...new Set(installations.map(i => i.meter.id))];
    const ordered = args.orderBy?.length ? args : { ...args, orderBy: [{ field: 'READ_AT', direction: 'DESC' }] };
    const during = { meter: { $in: meterIds }, readOn: { $gte: account.startDate, ...(account.stopDate ? { $lte: account.stopDate } : {}) } };
    return toConnection(await listMeterReads(ctx.em, ordered as never, during));
  }

  @FieldResolver(() => WorkOrderConnection, { description: 'Work orders issued for this account.' })
  async workOrders(@Root() account: Account, @Args(() => WorkOrderListArgs) args: WorkOrderListArgs, @Ctx() ctx: Context) {
    return toConnection(await listWorkOrders(ctx.em, args, { account: account.id }));
  }
}

@Resolver(() => Customer)
export class CustomerAccountsResolver {
  @FieldResolver(() => AccountConnection, { description: "The customer's accounts." })
  async accounts(@Root() customer: Customer, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return toConnection(await accounts.listAccounts(ctx.em, args, customer.id));
  }
}

@Resolver(() => Premise)
export class PremiseAccountsResolver {
  @Authorized(...READERS) // other customers' accounts: never to a portal customer
  @FieldResolver(() => AccountConnection, { description: 'Accounts served at this premise, past and present.' })
  async accounts(@Root() premise: Premise, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return toConnection(await accounts.listAccounts(ctx.em, { ...args, filter: { premiseId: { eq: premise.id } } }));
  }
}
