import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { OFFICE, READERS } from '../auth/roles.js';
import type { Context } from '../context.js';
import { BillingCycle } from '../cycles/billing-cycle.entity.js';
import { Connection, toConnection } from '../shared/graphql/connection.js';
import { Premise } from './premise.entity.js';
import { PremiseInput, PremiseListArgs, PremiseUpdateInput, RouteInput, RouteListArgs } from './premise.inputs.js';
import { Route } from './route.entity.js';
import * as premises from './premise.service.js';
import * as routes from './route.service.js';

export const PremiseConnection = Connection(Premise);
export const RouteConnection = Connection(Route);

@Resolver(() => Premise)
export class PremiseResolver {
  @Authorized(...READERS)
  @Query(() => PremiseConnection)
  async premises(@Args(() => PremiseListArgs) args: PremiseListArgs, @Ctx() ctx: Context) {
    return toConnection(await premises.listPremises(ctx.em, args));
  }

  @Authorized(...READERS)
  @Query(() => Premise, { nullable: true })
  premise(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Premise | null> {
    return ctx.loaders.byId(Premise).load(id);
  }

  @Authorized(...OFFICE)
  @Mutation(() => Premise)
  createPremise(@Arg('input', () => PremiseInput) input: PremiseInput, @Ctx() ctx: Context): Promise<Premise> {
    return premises.createPremise(ctx.em, input);
  }

  @Authorized(...OFFICE)
  @Mutation(() => Premise)
  updatePremise(@Arg('id', () => ID) id: string, @Arg('input', () => PremiseUpdateInput) input: PremiseUpdateInput, @Ctx() ctx: Context): Promise<Premise> {
    return premises.updatePremise(ctx.em, id, input);
  }

  @FieldResolver(() => Route, { nullable: true })
  route(@Root() premise: Premise, @Ctx() ctx: Context): Promise<Route | null> | null {
    return premise.route ? ctx.loaders.byId(Route).load(premise.route.id) : null;
  }

  @FieldResolver(() => String, { nullable: true })
  async routeCode(@Root() premise: Premise, @Ctx() ctx: Context): Promise<string | null> {
    return premise.route ? ((await ctx.loaders.byId(Route).load(premise.route.id))?.code ?? null) : null;
  }
}

@Resolver(() => Route)
export class RouteResolver {
  @Authorized(...READERS)
  @Query(() => RouteConnection)
  async routes(@Args(() => RouteListArgs) args: RouteListArgs, @Ctx() ctx: Context) {
    return toConnection(await routes.listRoutes(ctx.em, args));
  }

  @Authorized(...READERS)
  @Query(() => Route, { nullable: true })
  route(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Route | null> {
    return ctx.loaders.byId(Route).load(id);
  }

  @Authorized(...OFFICE)
  @Mutation(() => Route)
  createRoute(@Arg('input', () => RouteInput) input: RouteInput, @Ctx() ctx: Context): Promise<Route> {
    return routes.createRoute(ctx.em, input);
  }

  @FieldResolver(() => BillingCycle, { nullable: true })
  cycle(@Root() route: Route, @Ctx() ctx: Context): Promise<BillingCycle | null> | null {
    return route.cycle ? ctx.loaders.byId(BillingCycle).load(route.cycle.id) : null;
  }
}
