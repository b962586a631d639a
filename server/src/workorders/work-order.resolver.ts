import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import { FIELD_WORK, OFFICE } from '../auth/roles.js';
import type { Context } from '../context.js';
import { Meter } from '../meters/meter.entity.js';
import { Premise } from '../premises/premise.entity.js';
import { Connection, toConnection } from '../shared/graphql/connection.js';
import { WorkOrder } from './work-order.entity.js';
import { CompleteWorkOrderInput, WorkOrderInput, WorkOrderListArgs } from './work-order.inputs.js';
import * as workOrders from './work-order.service.js';

export const WorkOrderConnection = Connection(WorkOrder);

@Resolver(() => WorkOrder)
export class WorkOrderResolver {
  @Authorized(...FIELD_WORK)
  @Query(() => WorkOrderConnection)
  async workOrders(@Args(() => WorkOrderListArgs) args: WorkOrderListArgs, @Ctx() ctx: Context) {
    return toConnection(await workOrders.listWorkOrders(ctx.em, args));
  }

  @Authorized(...FIELD_WORK)
  @Query(() => WorkOrder, { nullable: true })
  workOrder(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<WorkOrder | null> {
    return ctx.loaders.byId(WorkOrder).load(id);
  }

  @Authorized(...OFFICE)
  @Mutation(() => WorkOrder)
  createWorkOrder(@Arg('input', () => WorkOrderInput) input: WorkOrderInput, @Ctx() ctx: Context): Promise<WorkOrder> {
    return workOrders.createWorkOrder(ctx.em, input, ctx.user?.id ?? null);
  }

  @Authorized(...FIELD_WORK)
  @Mutation(() => WorkOrder)
  dispatchWorkOrder(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<WorkOrder> {
    return workOrders.moveWorkOrder(ctx.em, id, 'dispatch');
  }

  @Authorized(...FIELD_WORK)
  @Mutation(() => WorkOrder, { description: 'Records what the crew did and causes its effect (a turn-on activates the account).' })
  completeWorkOrder(@Arg('input', () => CompleteWorkOrderInput) input: CompleteWorkOrderInput, @Ctx() ctx: Context): Promise<WorkOrder> {
    return workOrders.completeWorkOrder(ctx.em, input, ctx.user?.id ?? null);
  }

  @Authorized(...OFFICE)
  @Mutation(() => WorkOrder)
  closeWorkOrder(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<WorkOrder> {
    return workOrders.moveWorkOrder(ctx.em, id, 'close');
  }

  @Authorized(...OFFICE)
  @Mutation(() => WorkOrder)
  cancelWorkOrder(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<WorkOrder> {
    return workOrders.moveWorkOrder(ctx.em, id, 'cancel');
  }

  @FieldResolver(() => Account, { nullable: true })
  account(@Root() order: WorkOrder, @Ctx() ctx: Context): Promise<Account | null> | null {
    return order.account ? ctx.loaders.byId(Account).load(order.account.id) : null;
  }

  @FieldResolver(() => Premise)
  async premise(@Root() order: WorkOrder, @Ctx() ctx: Context): Promise<Premise> {
    return (await ctx.loaders.byId(Premise).load(order.premise.id))!;
  }

  @FieldResolver(() => Meter, { nullable: true })
  meter(@Root() order: WorkOrder, @Ctx() ctx: Context): Promise<Meter | null> | null {
    return order.meter ? ctx.loaders.byId(Meter).load(order.meter.id) : null;
  }
}
