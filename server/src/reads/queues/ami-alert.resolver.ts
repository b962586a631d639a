import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Account } from '../../accounts/account.entity.js';
import { OFFICE, READERS } from '../../auth/roles.js';
import type { Context } from '../../context.js';
import { Meter } from '../../meters/meter.entity.js';
import { Premise } from '../../premises/premise.entity.js';
import { Connection, toConnection } from '../../shared/graphql/connection.js';
import { WorkOrder } from '../../workorders/work-order.entity.js';
import { ReadImport } from '../read-import.entity.js';
import { AmiAlertListArgs, AmiAlertWorkOrderInput } from '../read-import.inputs.js';
import { acknowledgeAmiAlert, amiAlertWorkOrder } from './alert.service.js';
import { AmiAlert } from './ami-alert.entity.js';
import { listAmiAlerts } from './queue-lists.js';

export const AmiAlertConnection = Connection(AmiAlert);

@Resolver(() => AmiAlert)
export class AmiAlertResolver {
  @Authorized(...READERS)
  @Query(() => AmiAlertConnection, { description: 'The AMI alert queue: leak, reverse flow, tamper, no read, no flow.' })
  async amiAlerts(@Args(() => AmiAlertListArgs) args: AmiAlertListArgs, @Ctx() ctx: Context) {
    return toConnection(await listAmiAlerts(ctx.em, args));
  }

  @Authorized(...OFFICE)
  @Mutation(() => AmiAlert)
  acknowledgeAmiAlert(@Arg('id', () => ID) id: string, @Arg('note', () => String) note: string, @Ctx() ctx: Context): Promise<AmiAlert> {
    return acknowledgeAmiAlert(ctx.app, ctx.em, id, note, ctx.user!);
  }

  @Authorized(...OFFICE)
  @Mutation(() => AmiAlert, { description: 'Issues a LEAK_CHECK or INVESTIGATE work order for the alert.' })
  amiAlertWorkOrder(@Arg('input', () => AmiAlertWorkOrderInput) input: AmiAlertWorkOrderInput, @Ctx() ctx: Context): Promise<AmiAlert> {
    return amiAlertWorkOrder(ctx.app, ctx.em, input, ctx.user!);
  }

  @FieldResolver(() => Meter)
  async meter(@Root() alert: AmiAlert, @Ctx() ctx: Context): Promise<Meter> {
    return (await ctx.loaders.byId(Meter).load(alert.meter.id))!;
  }

  @FieldResolver(() => Premise, { nullable: true })
  premise(@Root() alert: AmiAlert, @Ctx() ctx: Context): Promise<Premise | null> | null {
    return alert.premise ? ctx.loaders.byId(Premise).load(alert.premise.id) : null;
  }

  @FieldResolver(() => Account, { nullable: true, description: 'The account served at the premise on the read date.' })
  account(@Root() alert: AmiAlert, @Ctx() ctx: Context): Promise<Account | null> | null {
    return alert.account ? ctx.loaders.byId(Account).load(alert.account.id) : null;
  }

  @FieldResolver(() => ReadImport)
  async readImport(@Root() alert: AmiAlert, @Ctx() ctx: Context): Promise<ReadImport> {
    return (await ctx.loaders.byId(ReadImport).load(alert.readImport.id))!;
  }

  @FieldResolver(() => WorkOrder, { nullable: true })
  workOrder(@Root() alert: AmiAlert, @Ctx() ctx: Context): Promise<WorkOrder | null> | null {
    return alert.workOrderId ? ctx.loaders.byId(WorkOrder).load(alert.workOrderId) : null;
  }
}
