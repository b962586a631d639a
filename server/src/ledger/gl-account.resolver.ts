import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { Connection, toConnection } from '../shared/graphql/connection.js';
import { GlAccountMapping } from './gl-account.entity.js';
import { GlAccountMappingInput, GlAccountMappingListArgs } from './gl-account.inputs.js';
import * as gl from './gl-account.service.js';
import { CONFIGURERS, REPORT_READERS } from './money-roles.js';

export const GlAccountMappingConnection = Connection(GlAccountMapping);

@Resolver(() => GlAccountMapping)
export class GlAccountMappingResolver {
  @Authorized(...REPORT_READERS)
  @Query(() => GlAccountMappingConnection, { description: 'The GL account map: which accounts each kind of ledger entry posts to.' })
  async glAccountMap(@Args(() => GlAccountMappingListArgs) args: GlAccountMappingListArgs, @Ctx() ctx: Context) {
    return toConnection(await gl.listGlAccountMappings(ctx.em, args));
  }

  @Authorized(...CONFIGURERS)
  @Mutation(() => GlAccountMapping, { description: 'Sets the GL accounts of a kind of entry (and service, method or source).' })
  updateGlAccountMapping(@Arg('input', () => GlAccountMappingInput) input: GlAccountMappingInput, @Ctx() ctx: Context): Promise<GlAccountMapping> {
    return gl.saveGlAccountMapping(ctx.em, input);
  }
}
