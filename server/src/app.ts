import { unwrapResolverError } from '@apollo/server/errors';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { runWithActor, currentActor } from './audit/audit-context.js';
import { authenticate } from './auth/auth.service.js';
import { PUBLIC_FIELDS } from './auth/public.js';
import { tokenOf } from './auth/session-cookie.js';
import type { AppServices, Context } from './context.js';
import { buildGraphqlSchema } from './schema.js';
import { Unauthenticated } from './shared/graphql/errors.js';
import { complexityPlugin, depthLimit } from './shared/graphql/limits.js';
import { Loaders } from './shared/orm/loaders.js';
import { ROUTES } from './domains.js';

/** Every root field but `login` needs a session: checked once per operation, before execution. */
const requireSession: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation, operationName }) {
        if (!operation) return;
        const actor = currentActor();
        if (actor) actor.operation = operationName ?? operation.selectionSet.selections.map(s => ('name' in s ? s.name.value : '')).join(',');
        if (contextValue.user) return;
        // Introspection (__schema, __type, __typename) is open where enabled: it is switched off in production.
        const needsSession = operation.selectionSet.selections.some(s => s.kind !== 'Field' || (!PUBLIC_FIELDS.has(s.name.value) && !s.name.value.startsWith('__')));
        if (needsSession) throw new Unauthenticated();
      },
    };
  },
};

const VARIABLE_PATH = /^Variable "\$\w+" got invalid value .* at "[^."]+\.([^"]+)"/;
const MISSING_FIELD = /^Variable "\$\w+" got invalid value .*Field "(\w+)" of required type/;
const UNKNOWN_FIELD = /^Variable "\$\w+" got invalid value .*Field "(\w+)" is not defined/;
const VARIABLE_NAME = /^Variable "\$(\w+)"/;

/** The input field named by a variable-coercion error ("at \"input.amount\"", "Field \"x\" of required type"). */
function variableField(message: string): string | undefined {
  for (const pattern of [VARIABLE_PATH, MISSING_FIELD, UNKNOWN_FIELD, VARIABLE_NAME]) {
    const field = pattern.exec(message)?.[1];
    if (field) return field;
  }
  return undefined;
}

/** PostgreSQL refusing a value's text (an id that is not a number, one too large): the input is at fault. */
const BAD_VALUE_SQLSTATES = new Set(['22P02', '22003', '22007', '22008']);

function sqlState(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; originalError?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
    e = (e.originalError ?? e.cause) as typeof e;
  }
  return undefined;
}

/**
 * Names the field at fault of variable-coercion errors; a value PostgreSQL cannot read is
 * BAD_USER_INPUT; other unexpected errors are logged, and their text (SQL, stack) reaches clients
 * only when `exposeInternals` (development with debug logging).
 */
function formatError(exposeInternals: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    const field = formatted.extensions?.field ?? (formatted.message.startsWith('Variable "$') ? variableField(formatted.message) : undefined);
    if (field && (code === 'BAD_USER_INPUT' || formatted.message.startsWith('Variable "$'))) {
      return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT', field } };
    }
    if (code === 'INTERNAL_SERVER_ERROR' || !code) {
      const state = sqlState(unwrapResolverError(error));
      if (state && BAD_VALUE_SQLSTATES.has(state)) {
        return { message: 'a value is not valid here (an id must be a whole number)', path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
      }
      if (!exposeInternals) return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    return formatted;
  };
}

export interface App {
  readonly http: express.Express;
  readonly apollo: ApolloServer<Context>;
  contextFor(token: string | null): Promise<Context>;
  stop(): Promise<void>;
}

/** Builds the HTTP application: GraphQL at /graphql, the admin at /admin, /healthz. Used by main and tests. */
export async function createApp(services: AppServices): Promise<App> {
  const schema = await buildGraphqlSchema();
  const { config, logger, orm } = services;
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: !config.production && config.logLevel === 'debug',
    validationRules: [depthLimit()],
    formatError: formatError(!config.production && config.logLevel === 'debug'),
    plugins: [requireSession, complexityPlugin(schema), ApolloServerPluginLandingPageDisabled(), {
      // Errors without a code are bugs or outages: logged whole here, since clients get no details.
      async requestDidStart() {
        return {
          async didEncounterErrors({ errors, request }) {
            for (const e of errors) if (!e.extensions?.code || e.extensions.code === 'INTERNAL_SERVER_ERROR') logger.error({ err: e.originalError ?? e, operation: request.operationName }, 'GraphQL request failed');
          },
        };
      },
    }],
    logger: { debug: () => undefined, info: () => undefined, warn: m => logger.warn(m), error: m => logger.error(m) },
  });
  await apollo.start();

  const contextFor = async (token: string | null, req?: express.Request, res?: express.Response): Promise<Context> => {
    const em = orm.em.fork();
    const user = token ? await authenticate(em, token, services.clock.now()) : null;
    const actor = currentActor();
    if (actor && user) Object.assign(actor, { userId: user.id, email: user.email });
    return { em, user, app: services, loaders: new Loaders(em), requestId: actor?.requestId ?? randomUUID(), req, res };
  };

  const http = express();
  http.disable('x-powered-by');
  http.use((req, _res, next) => runWithActor({ userId: null, email: null, operation: null, requestId: randomUUID() }, next));

  http.get('/healthz', async (_req, res) => {
    try {
      await services.pool.query('select 1');
      res.json({ status: 'ok' });
    } catch (error) {
      logger.error({ err: error }, 'health check: the database does not answer');
      res.status(503).json({ status: 'unavailable' });
    }
  });

  const graphiql = path.join(config.adminDist, 'graphiql.html');
  http.get('/graphql', (req, res, next) => {
    if (req.accepts(['application/json', 'text/html']) === 'text/html' && !req.query.query && existsSync(graphiql)) {
      return res.setHeader('Cache-Control', 'no-cache').sendFile(graphiql);
    }
    next();
  });
  http.use(
    '/graphql',
    express.json({ limit: '256mb' }),
    expressMiddleware(apollo, { context: async ({ req, res }) => contextFor(tokenOf(req), req, res) }),
  );

  for (const mount of ROUTES) mount(http, services, contextFor);

  if (existsSync(config.adminDist)) {
    // Hashed assets are cached; the HTML pages are not, so a deploy is picked up at the next load.
    const noCache = (res: express.Response, file: string) => {
      if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
    };
    http.use('/admin', express.static(config.adminDist, { index: 'index.html', maxAge: '1h', setHeaders: noCache }));
    http.get(/^\/admin(\/.*)?$/, (_req, res) => res.setHeader('Cache-Control', 'no-cache').sendFile(path.join(config.adminDist, 'index.html')));
  }
  http.get('/', (_req, res) => res.redirect('/admin/'));

  return {
    http,
    apollo,
    contextFor: token => contextFor(token),
    stop: () => apollo.stop(),
  };
}
