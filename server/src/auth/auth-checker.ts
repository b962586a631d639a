import type { AuthChecker } from 'type-graphql';
import type { Context } from '../context.js';
import { Forbidden, Unauthenticated } from '../shared/graphql/errors.js';
import type { Role } from './roles.js';

/** type-graphql's @Authorized: a session is required; the listed roles, when given, must match one. */
export const authChecker: AuthChecker<Context, Role> = ({ context, info }, roles) => {
  if (!context.user) throw new Unauthenticated();
  if (roles.length === 0 || context.user.roles.some(role => roles.includes(role))) return true;
  throw new Forbidden(`${info.fieldName} needs one of the roles ${roles.join(', ')}`);
};
