import { AsyncLocalStorage } from 'node:async_hooks';

/** Who is acting, for the audit log: filled per request and read when a transaction starts. */
export interface AuditActor {
  userId: string | null;
  email: string | null;
  operation: string | null;
  requestId: string | null;
}

const storage = new AsyncLocalStorage<AuditActor>();

export function runWithActor<T>(actor: AuditActor, fn: () => T): T {
  return storage.run(actor, fn);
}

export function currentActor(): AuditActor | undefined {
  return storage.getStore();
}

/**
 * The text stored in the transaction-local setting `cis.actor`, which the audit triggers read
 * (`select set_config('cis.actor', $1, true)` at the start of every write transaction).
 */
export function actorSetting(actor: AuditActor | undefined = currentActor()): string {
  return JSON.stringify(actor ?? { userId: null, email: 'system', operation: null, requestId: null });
}
