import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../config.js';
import type { SessionUser } from '../context.js';
import { BadUserInput, InputProblems, Unauthenticated } from '../shared/graphql/errors.js';
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords.js';
import { Role } from './roles.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');

// Sessions are looked up once per request; a short cache keeps list pages within their SQL budget.
// Revocation is immediate in this process and takes at most CACHE_MS in the others.
const CACHE_MS = 10_000;
const cache = new Map<string, { user: SessionUser | null; until: number }>();

export interface IssuedSession {
  token: string;
  user: User;
  expiresAt: Date | null;
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export async function login(em: EntityManager, config: AppConfig, email: string, password: string, now: Date): Promise<IssuedSession> {
  const user = await em.findOne(User, { email: normalizeEmail(email), active: true }, { populate: ['passwordHash'] });
  const ok = await verifyPassword(user?.passwordHash ?? (await DUMMY_HASH), password);
  if (!user || !ok) throw new Unauthenticated('The email or the password is wrong');
  return issue(em, user, 'SESSION', new Date(now.getTime() + config.sessionHours * 3_600_000), null);
}

export async function issue(em: EntityManager, user: User, kind: Session['kind'], expiresAt: Date | null, label: string | null): Promise<IssuedSession> {
  const token = newToken();
  em.create(Session, { tokenHash: sha256(token), user, kind, expiresAt, label });
  await em.flush();
  return { token, user, expiresAt };
}

/** The user behind a bearer token or session cookie, or null when it is unknown, expired or revoked. */
export async function authenticate(em: EntityManager, token: string, now: Date): Promise<SessionUser | null> {
  const hash = sha256(token);
  const hit = cache.get(hash);
  if (hit && hit.until > now.getTime()) return hit.user;
  const session = await em.findOne(Session, { tokenHash: hash }, { populate: ['user'] });
  const user = session?.user.getEntity();
  const valid = session && user && user.active && !session.revokedAt && (!session.expiresAt || session.expiresAt > now);
  const result: SessionUser | null = valid
    ? { id: user.id, email: user.email, name: user.name, roles: user.roles, customerId: user.customerId, sessionId: session.id, kind: session.kind }
    : null;
  if (cache.size > 10_000) cache.clear();
  cache.set(hash, { user: result, until: now.getTime() + CACHE_MS });
  return result;
}

export async function revokeToken(em: EntityManager, token: string, now: Date): Promise<void> {
  const hash = sha256(token);
  cache.delete(hash);
  await em.nativeUpdate(Session, { tokenHash: hash, revokedAt: null }, { revokedAt: now });
}

export async function revokeSession(em: EntityManager, sessionId: string, now: Date): Promise<boolean> {
  cache.clear();
  return (await em.nativeUpdate(Session, { id: sessionId, revokedAt: null }, { revokedAt: now })) > 0;
}

export interface NewUser {
  email: string;
  name: string;
  password: string;
  roles: Role[];
  customerId?: string | null;
}

export async function createUser(em: EntityManager, input: NewUser): Promise<User> {
  const problems = new InputProblems()
    .check(/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(input.email.trim()), 'email', 'is not an email address')
    .check(input.name.trim().length > 0, 'name', 'is required')
    .check(input.password.length >= 12, 'password', 'must be at least 12 characters')
    .check(input.roles.length > 0, 'roles', 'at least one role is required')
    .check(!input.roles.includes(Role.CUSTOMER) || Boolean(input.customerId), 'customerId', 'a CUSTOMER user needs the customer it belongs to');
  problems.throwIfAny();
  const email = normalizeEmail(input.email);
  if (await em.count(User, { email })) throw BadUserInput.field('email', 'a user with this email exists');
  const user = em.create(User, {
    email,
    name: input.name.trim(),
    passwordHash: await hashPassword(input.password),
    roles: [...new Set(input.roles)],
    customerId: input.customerId ?? null,
  });
  await em.flush();
  return user;
}

/** Creates the first administrator from BOOTSTRAP_ADMIN_EMAIL / _PASSWORD when no user exists. */
export async function bootstrapAdmin(em: EntityManager, config: AppConfig): Promise<User | null> {
  if (!config.bootstrapAdmin || (await em.count(User, {}))) return null;
  return createUser(em, { ...config.bootstrapAdmin, name: 'Administrator', roles: [Role.ADMIN] });
}

export async function createApiToken(em: EntityManager, input: { userId: string; label: string; expiresAt?: Date | null }): Promise<{ id: string; token: string }> {
  const user = await em.findOne(User, { id: input.userId, active: true });
  if (!user) throw BadUserInput.field('userId', 'no active user with this id');
  if (!input.label.trim()) throw BadUserInput.field('label', 'is required');
  const token = newToken();
  const session = em.create(Session, { tokenHash: sha256(token), user, kind: 'API_TOKEN', expiresAt: input.expiresAt ?? null, label: input.label.trim() });
  await em.flush();
  return { id: session.id, token };
}
