import { Role } from '../auth/roles.js';

// Who handles money (issue 5, "Roles"): clerks take payments and write adjustments; supervisors
// approve, reverse and refund; admins configure the GL and the policy; REPORTING reads reports only.
export const CASHIERS = [Role.ADMIN, Role.SUPERVISOR, Role.CLERK] as const;
export const MONEY_SUPERVISORS = [Role.ADMIN, Role.SUPERVISOR] as const;
export const CONFIGURERS = [Role.ADMIN] as const;
/** Office roles and reporting tools; not field crews, not portal customers. */
export const REPORT_READERS = [Role.ADMIN, Role.SUPERVISOR, Role.CLERK, Role.REPORTING] as const;
