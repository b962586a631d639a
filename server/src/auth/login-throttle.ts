import { RateLimiterMemory } from 'rate-limiter-flexible';
import { Unauthenticated } from '../shared/graphql/errors.js';

const WINDOW_SECONDS = 15 * 60;
const EMAIL_FAILURES = 10;
const ADDRESS_FAILURES = 100;

/**
 * Failed sign-ins are counted per email and per client address (each login operation counts, so a
 * batched request carries no more tries than separate ones): after 10 failures for one email, or
 * 100 from one address, within 15 minutes, sign-in is refused until the window ends. A success
 * clears the email's count. Kept in this process's memory: several server processes would share a
 * store (rate-limiter-flexible has a PostgreSQL one).
 */
const byEmail = new RateLimiterMemory({ keyPrefix: 'login-email', points: EMAIL_FAILURES, duration: WINDOW_SECONDS });
const byAddress = new RateLimiterMemory({ keyPrefix: 'login-address', points: ADDRESS_FAILURES, duration: WINDOW_SECONDS });

/** Refuses a sign-in while the email or the address has used up its failures. */
export async function checkLoginAllowed(email: string, address: string): Promise<void> {
  const [e, a] = await Promise.all([byEmail.get(email), byAddress.get(address)]);
  const blocked = (e && e.consumedPoints >= EMAIL_FAILURES ? e : null) ?? (a && a.consumedPoints >= ADDRESS_FAILURES ? a : null);
  if (!blocked) return;
  const seconds = Math.ceil(blocked.msBeforeNext / 1000);
  throw new Unauthenticated(`Too many failed sign-ins: try again in ${Math.max(1, Math.ceil(seconds / 60))} minutes`, { reason: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: seconds });
}

export async function recordLoginFailure(email: string, address: string): Promise<void> {
  await Promise.all([byEmail.penalty(email, 1), byAddress.penalty(address, 1)]);
}

export async function recordLoginSuccess(email: string): Promise<void> {
  await byEmail.delete(email);
}
