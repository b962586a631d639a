import path from 'node:path';

/** Everything the server reads from the environment, read in one place (main.ts). */
export interface AppConfig {
  readonly port: number;
  readonly databaseUrl: string | null;
  readonly dataDir: string;
  readonly timeZone: string;
  readonly sessionHours: number;
  readonly cookieSecure: boolean;
  readonly introspection: boolean;
  readonly production: boolean;
  readonly bootstrapAdmin: { email: string; password: string } | null;
  readonly logLevel: string;
  readonly adminDist: string;
  readonly runJobs: boolean;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): AppConfig {
  const production = env.NODE_ENV === 'production';
  const email = env.BOOTSTRAP_ADMIN_EMAIL?.trim();
  const password = env.BOOTSTRAP_ADMIN_PASSWORD;
  return {
    port: Number(env.PORT ?? 4000),
    databaseUrl: env.DATABASE_URL?.trim() || null,
    dataDir: path.resolve(root, env.DATA_DIR ?? '.data'),
    timeZone: env.UTILITY_TIME_ZONE ?? 'America/Chicago',
    sessionHours: Number(env.SESSION_HOURS ?? 12),
    cookieSecure: env.COOKIE_SECURE === 'true',
    introspection: env.GRAPHQL_INTROSPECTION ? env.GRAPHQL_INTROSPECTION === 'true' : !production,
    production,
    bootstrapAdmin: email && password ? { email, password } : null,
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'warn' : 'info'),
    adminDist: path.resolve(root, 'admin/dist'),
    runJobs: env.RUN_JOBS !== 'false',
  };
}
