import type express from 'express';
import type { AppServices, Context } from '../../context.js';
import type { Role } from '../../auth/roles.js';
import { tokenOf } from '../../auth/session-cookie.js';

export type ContextFactory = (token: string | null, req?: express.Request, res?: express.Response) => Promise<Context>;

/** A domain's plain HTTP routes: file downloads (print files, CSV reports) and large uploads. */
export type RouteMount = (http: express.Express, services: AppServices, contextFor: ContextFactory) => void;

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };

/**
 * A request that changes something, authenticated by the session cookie alone, without a header a
 * cross-site form or simple request cannot set: what Apollo's CSRF prevention refuses on /graphql,
 * refused here too. Bearer tokens are never sent by a browser on its own.
 */
function crossSiteRisk(req: express.Request): boolean {
  if (req.method === 'GET' || req.method === 'HEAD' || req.headers.authorization?.startsWith('Bearer ') || !req.headers.cookie) return false;
  return !req.headers['apollo-require-preflight'] && !req.headers['x-apollo-operation-name'];
}

/**
 * Wraps an HTTP handler with the same session rules as GraphQL: a session (cookie or bearer) is
 * required, and one of `roles` when given; cookie-authenticated POSTs need a preflight header
 * (crossSiteRisk). Errors become JSON with the GraphQL error codes.
 */
export function withSession(contextFor: ContextFactory, roles: readonly Role[], handler: (ctx: Context, req: express.Request, res: express.Response) => Promise<void>) {
  return async (req: express.Request, res: express.Response) => {
    if (crossSiteRisk(req)) return void res.status(403).json({ error: 'FORBIDDEN', message: 'send the apollo-require-preflight header (or a bearer token) with this request' });
    const ctx = await contextFor(tokenOf(req), req, res);
    if (!ctx.user) return void res.status(401).json({ error: 'UNAUTHENTICATED' });
    if (roles.length && !ctx.user.roles.some(r => roles.includes(r))) return void res.status(403).json({ error: 'FORBIDDEN' });
    try {
      await handler(ctx, req, res);
    } catch (error) {
      const code = (error as { extensions?: { code?: string } }).extensions?.code ?? 'INTERNAL_SERVER_ERROR';
      const status = STATUS[code] ?? 500;
      if (status === 500) ctx.app.logger.error({ err: error, path: req.path }, 'route failed');
      if (res.headersSent) return void res.end();
      res.status(status).json({ error: code, message: status === 500 ? 'Internal server error' : (error as Error).message, extensions: (error as { extensions?: unknown }).extensions });
    }
  };
}
