import { AuditEvent } from './audit-event.entity.js';
import { AuditEventResolver } from './audit.resolver.js';

export const entities = [AuditEvent];
export const resolvers = [AuditEventResolver] as const;
