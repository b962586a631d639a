import type { Context } from '../context.js';
import { Role } from './roles.js';

const isOnlyCustomer = (ctx: Context) => {
  const roles = ctx.user?.roles ?? [];
  return roles.length > 0 && roles.every(r => r === Role.CUSTOMER);
};

/**
 * For a portal CUSTOMER: the id of its own customer record, to which every read is limited
 * (quality.md: a CUSTOMER sees only its own accounts). For office roles: undefined (no limit).
 */
export function ownCustomerOnly(ctx: Context): string | undefined {
  if (!isOnlyCustomer(ctx)) return undefined;
  return ctx.user!.customerId ?? '0';
}
