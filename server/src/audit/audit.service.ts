import type { EntityManager } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { currentActor } from './audit-context.js';

export interface AuditRecord {
  entity: string;
  entityId?: string | null;
  action: string;
  before?: unknown;
  after?: unknown;
}

const INSERT_AUDIT = `insert into audit_event (actor_id, actor_email, operation, request_id, entity, entity_id, action, before, after)
  values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`;

function params(record: AuditRecord): unknown[] {
  const actor = currentActor();
  return [
    actor?.userId ?? null,
    actor?.email ?? 'system',
    actor?.operation ?? null,
    actor?.requestId ?? null,
    record.entity,
    record.entityId ?? null,
    record.action,
    record.before === undefined ? null : JSON.stringify(record.before),
    record.after === undefined ? null : JSON.stringify(record.after),
  ];
}

/** Writes an audit row inside the caller's transaction (bulk work the row triggers do not see). */
export async function auditWithClient(client: pg.ClientBase, record: AuditRecord): Promise<void> {
  await client.query(INSERT_AUDIT, params(record));
}

/** Writes an audit row through the ORM connection (inside `em.transactional` when called there). */
export async function auditWithEm(em: EntityManager, record: AuditRecord): Promise<void> {
  await em.getConnection().execute(INSERT_AUDIT.replace(/\$\d+/g, '?'), params(record), 'run', em.getTransactionContext());
}
