import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { FIELD_WORK, OFFICE, READERS } from '../auth/roles.js';
import type { Context } from '../context.js';
import { Premise } from '../premises/premise.entity.js';
import { Connection, toConnection } from '../shared/graphql/connection.js';
import { MeterInstallation } from './meter-installation.entity.js';
import { Meter } from './meter.entity.js';
import { InstallMeterInput, MeterInput, MeterListArgs, MeterUpdateInput, RemoveMeterInput } from './meter.inputs.js';
import * as meters from './meter.service.js';

export const MeterConnection = Connection(Meter);

/** Installations of meters (or at premises), newest first, loaded in one batch per request. */
function installationsBy(ctx: Context, key: 'meter' | 'premise') {
  return ctx.loaders.grouped<MeterInstallation>(`installations-by-${key}`, async ids => {
    const rows = await ctx.em.find(MeterInstallation, { [key]: { $in: [...ids] } }, { orderBy: { installedOn: 'desc', id: 'desc' } });
    const groups = new Map<string, MeterInstallation[]>();
    for (const row of rows) {
      const id = row[key].id;
      groups.set(id, [...(groups.get(id) ?? []), row]);
    }
    return groups;
  });
}

@Resolver(() => Meter)
export class MeterResolver {
  @Authorized(...READERS)
  @Query(() => MeterConnection)
  async meters(@Args(() => MeterListArgs) args: MeterListArgs, @Ctx() ctx: Context) {
    return toConnection(await meters.listMeters(ctx.em, args));
  }

  @Authorized(...READERS)
  @Query(() => Meter, { nullable: true })
  meter(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Meter | null> {
    return ctx.loaders.byId(Meter).load(id);
  }

  @Authorized(...OFFICE)
  @Mutation(() => Meter)
  createMeter(@Arg('input', () => MeterInput) input: MeterInput, @Ctx() ctx: Context): Promise<Meter> {
    return meters.createMeter(ctx.em, input);
  }

  @Authorized(...OFFICE)
  @Mutation(() => Meter)
  updateMeter(@Arg('id', () => ID) id: string, @Arg('input', () => MeterUpdateInput) input: MeterUpdateInput, @Ctx() ctx: Context): Promise<Meter> {
    return meters.updateMeter(ctx.em, id, input);
  }

  @Authorized(...FIELD_WORK)
  @Mutation(() => Meter, { description: 'Sets a meter at a premise with its initial register reading.' })
  installMeter(@Arg('input', () => InstallMeterInput) input: InstallMeterInput, @Ctx() ctx: Context): Promise<Meter> {
    return meters.installMeter(ctx.em, input, ctx.user?.id ?? null);
  }

  @Authorized(...FIELD_WORK)
  @Mutation(() => Meter, { description: 'Takes a meter out with its final register reading.' })
  removeMeter(@Arg('input', () => RemoveMeterInput) input: RemoveMeterInput, @Ctx() ctx: Context): Promise<Meter> {
    return meters.removeMeter(ctx.em, input, ctx.user?.id ?? null);
  }

  @FieldResolver(() => [MeterInstallation], { description: 'Where this meter has been, newest first.' })
  installations(@Root() meter: Meter, @Ctx() ctx: Context): Promise<MeterInstallation[]> {
    return installationsBy(ctx, 'meter').load(meter.id);
  }

  @FieldResolver(() => Premise, { nullable: true, description: 'Where the meter is installed now.' })
  async premise(@Root() meter: Meter, @Ctx() ctx: Context): Promise<Premise | null> {
    const current = (await installationsBy(ctx, 'meter').load(meter.id)).find(i => !i.removedOn);
    return current ? ctx.loaders.byId(Premise).load(current.premise.id) : null;
  }
}

@Resolver(() => MeterInstallation)
export class MeterInstallationResolver {
  @FieldResolver(() => Meter)
  async meter(@Root() installation: MeterInstallation, @Ctx() ctx: Context): Promise<Meter> {
    return (await ctx.loaders.byId(Meter).load(installation.meter.id))!;
  }

  @FieldResolver(() => Premise)
  async premise(@Root() installation: MeterInstallation, @Ctx() ctx: Context): Promise<Premise> {
    return (await ctx.loaders.byId(Premise).load(installation.premise.id))!;
  }
}

@Resolver(() => Premise)
export class PremiseMeterResolver {
  @FieldResolver(() => Meter, { nullable: true, description: 'The meter installed at the premise now.' })
  async meter(@Root() premise: Premise, @Ctx() ctx: Context): Promise<Meter | null> {
    const current = (await installationsBy(ctx, 'premise').load(premise.id)).find(i => !i.removedOn);
    return current ? ctx.loaders.byId(Meter).load(current.meter.id) : null;
  }

  @FieldResolver(() => [MeterInstallation], { description: 'Meters set at this premise, newest first.' })
  meterInstallations(@Root() premise: Premise, @Ctx() ctx: Context): Promise<MeterInstallation[]> {
    return installationsBy(ctx, 'premise').load(premise.id);
  }
}
