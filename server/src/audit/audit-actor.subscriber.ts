import type { EventSubscriber, TransactionEventArgs } from '@mikro-orm/core';
import { actorSetting } from './audit-context.js';

/** Tells the audit triggers who is acting, at the start of every ORM transaction. */
export class AuditActorSubscriber implements EventSubscriber {
  async afterTransactionStart(args: TransactionEventArgs): Promise<void> {
    await args.em
      .getConnection()
      .execute(`select set_config('cis.actor', ?, true)`, [actorSetting()], 'run', args.transaction as never);
  }
}
