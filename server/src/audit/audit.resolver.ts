import { Args, ArgsType, Authorized, Ctx, Field, InputType, Query, Resolver, registerEnumType } from 'type-graphql';
import { SUPERVISORS } from '../auth/roles.js';
import type { Context } from '../context.js';
import { Connection, OrderInput, PageArgs, toConnection } from '../shared/graphql/connection.js';
import { DateTimeFilter, IdFilter, StringFilter } from '../shared/graphql/filters.js';
import { paginate, type ListSpec } from '../shared/orm/paginate.js';
import { AuditEvent } from './audit-event.entity.js';

@InputType()
class AuditEventFilter {
  @Field(() => StringFilter, { nullable: true }) entity?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) entityId?: StringFilter;
  @Field(() => IdFilter, { nullable: true }) actorId?: IdFilter;
  @Field(() => StringFilter, { nullable: true }) operation?: StringFilter;
  @Field(() => DateTimeFilter, { nullable: true }) at?: DateTimeFilter;
}

enum AuditEventOrderField {
  AT = 'AT',
}
registerEnumType(AuditEventOrderField, { name: 'AuditEventOrderField' });
const AuditEventOrder = OrderInput(AuditEventOrderField, 'AuditEvent');

@ArgsType()
class AuditEventListArgs extends PageArgs {
  @Field(() => AuditEventFilter, { nullable: true }) filter?: AuditEventFilter;
  @Field(() => [AuditEventOrder], { nullable: true }) orderBy?: InstanceType<typeof AuditEventOrder>[];
}

const auditList: ListSpec<AuditEvent> = {
  entity: AuditEvent,
  filters: { entity: 'entity', entityId: 'entityId', actorId: 'actorId', operation: 'operation', at: 'at' },
  orderBy: { AT: 'at' },
  defaultOrder: 'AT',
};

export const AuditEventConnection = Connection(AuditEvent);

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @Authorized(...SUPERVISORS)
  @Query(() => AuditEventConnection, { description: 'The append-only audit log.' })
  async auditEvents(@Args(() => AuditEventListArgs) args: AuditEventListArgs, @Ctx() ctx: Context) {
    return toConnection(await paginate(ctx.em, auditList, args));
  }
}
