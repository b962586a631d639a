import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { OFFICE, READERS_AND_CUSTOMERS } from '../auth/roles.js';
import { ownCustomerOnly } from '../auth/ownership.js';
import type { Context } from '../context.js';
import { Connection, toConnection } from '../shared/graphql/connection.js';
import { Customer } from './customer.entity.js';
import { CustomerInput, CustomerListArgs, CustomerUpdateInput } from './customer.inputs.js';
import * as customers from './customer.service.js';

export const CustomerConnection = Connection(Customer);

@Resolver(() => Customer)
export class CustomerResolver {
  @Authorized(...READERS_AND_CUSTOMERS)
  @Query(() => CustomerConnection)
  async customers(@Args(() => CustomerListArgs) args: CustomerListArgs, @Ctx() ctx: Context) {
    return toConnection(await customers.listCustomers(ctx.em, args, ownCustomerOnly(ctx)));
  }

  @Authorized(...READERS_AND_CUSTOMERS)
  @Query(() => Customer, { nullable: true })
  async customer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Customer | null> {
    const only = ownCustomerOnly(ctx);
    if (only && only !== id) return null;
    return ctx.loaders.byId(Customer).load(id);
  }

  @Authorized(...OFFICE)
  @Mutation(() => Customer)
  createCustomer(@Arg('input', () => CustomerInput) input: CustomerInput, @Ctx() ctx: Context): Promise<Customer> {
    return customers.createCustomer(ctx.em, input);
  }

  @Authorized(...OFFICE)
  @Mutation(() => Customer)
  updateCustomer(@Arg('id', () => ID) id: string, @Arg('input', () => CustomerUpdateInput) input: CustomerUpdateInput, @Ctx() ctx: Context): Promise<Customer> {
    return customers.updateCustomer(ctx.em, id, input);
  }
}
