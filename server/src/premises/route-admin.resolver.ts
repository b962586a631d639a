import { Arg, Args, ArgsType, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { OFFICE, READERS } from '../auth/roles.js';
import type { Context } from '../context.js';
import { BillingCycle } from '../cycles/billing-cycle.entity.js';
import { Connection, PageArgs, toConnection } from '../shared/graphql/connection.js';
import { DateScalar } from '../shared/graphql/scalars.js';
import { paginate } from '../shared/orm/paginate.js';
import { Premise } from './premise.entity.js';
import { PremiseConnection } from './premise.resolver.js';
import { premiseList } from './premise.service.js';
import { ReadSchedule } from './read-schedule.entity.js';
import { createReadSchedule, deleteReadSchedule, listReadSchedule, nextReadDate } from './read-schedule.service.js';
import { Route } from './route.entity.js';
import { MovePremiseInRouteInput, ReadScheduleArgs, ReadScheduleInput, ResequenceRouteInput, RouteUpdateInput } from './route.inputs.js';
import { movePremiseInRoute, resequenceRoute } from './route-sequence.service.js';
import { updateRoute } from './route.service.js';

export const ReadScheduleConnection = Connection(ReadSchedule);

@ArgsType()
class RoutePremisesArgs extends PageArgs {}

const inReadOrder = { ...premiseList, defaultOrder: 'SEQUENCE' };

/** Reading routes: read order, re-sequencing, cycle assignment and each cycle's read schedule. */
@Resolver(() => Route)
export class RouteAdminResolver {
  @Authorized(...OFFICE)
  @Mutation(() => Route)
  updateRoute(@Arg('id', () => ID) id: string, @Arg('input', () => RouteUpdateInput) input: RouteUpdateInput, @Ctx() ctx: Context): Promise<Route> {
    return updateRoute(ctx.em, id, input);
  }

  @Authorized(...OFFICE)
  @Mutation(() => Route, { description: 'The given order becomes sequence 10, 20, 30 … so a new tap can later slot in between.' })
  resequenceRoute(@Arg('input', () => ResequenceRouteInput) input: ResequenceRouteInput, @Ctx() ctx: Context): Promise<Route> {
    return resequenceRoute(ctx.em, input);
  }

  @Authorized(...OFFICE)
  @Mutation(() => Premise, { description: 'Slots a premise between two others (the midpoint; the route is renumbered when there is no gap).' })
  movePremiseInRoute(@Arg('input', () => MovePremiseInRouteInput) input: MovePremiseInRouteInput, @Ctx() ctx: Context): Promise<Premise> {
    return movePremiseInRoute(ctx.em, input);
  }

  @Authorized(...READERS)
  @FieldResolver(() => PremiseConnection, { description: 'Premises in read order (premises without a read sequence last).' })
  async premises(@Root() route: Route, @Args(() => RoutePremisesArgs) args: RoutePremisesArgs, @Ctx() ctx: Context) {
    return toConnection(await paginate(ctx.em, inReadOrder, args, { route: route.id }));
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: "The route's next scheduled read date (its cycle's read schedule), from today." })
  nextReadDate(@Root() route: Route, @Ctx() ctx: Context): Promise<string | null> | null {
    return route.cycle ? nextReadDate(ctx.em, route.cycle.id, ctx.app.clock.today()) : null;
  }
}

@Resolver(() => ReadSchedule)
export class ReadScheduleResolver {
  @Authorized(...READERS)
  @Query(() => ReadScheduleConnection, { description: "A cycle's scheduled read dates between two dates." })
  async readSchedule(@Args(() => ReadScheduleArgs) args: ReadScheduleArgs, @Ctx() ctx: Context) {
    return toConnection(await listReadSchedule(ctx.em, args));
  }

  @Authorized(...OFFICE)
  @Mutation(() => ReadSchedule)
  createReadSchedule(@Arg('input', () => ReadScheduleInput) input: ReadScheduleInput, @Ctx() ctx: Context): Promise<ReadSchedule> {
    return createReadSchedule(ctx.em, input);
  }

  @Authorized(...OFFICE)
  @Mutation(() => Boolean)
  deleteReadSchedule(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return deleteReadSchedule(ctx.em, id);
  }

  @FieldResolver(() => BillingCycle)
  async cycle(@Root() schedule: ReadSchedule, @Ctx() ctx: Context): Promise<BillingCycle> {
    return (await ctx.loaders.byId(BillingCycle).load(schedule.cycle.id))!;
  }
}
