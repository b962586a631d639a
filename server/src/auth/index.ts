import { AuthResolver } from './auth.resolver.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';

export const entities = [User, Session];
export const resolvers = [AuthResolver] as const;
