import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Logger } from 'pino';
import { createApp, type App } from './app.js';
import { bootstrapAdmin } from './auth/auth.service.js';
import type { AppConfig } from './config.js';
import type { AppServices } from './context.js';
import { inlineJobQueue, startJobQueue, type JobQueue } from './jobs/job-queue.js';
import { registerWorkers } from './jobs/workers.js';
import { ormConfig } from './mikro-orm.config.js';
import { systemClock, type Clock } from './shared/clock.js';

export interface Running {
  readonly app: App;
  readonly services: AppServices;
  close(): Promise<void>;
}

// node-postgres: keep numeric as text (money never becomes a float); dates as ISO text.
pg.types.setTypeParser(pg.types.builtins.DATE, (text: string) => text);

/** Connects to the database, applies pending migrations, starts jobs and builds the app. */
export async function startServices(config: AppConfig, databaseUrl: string, logger: Logger, options: { clock?: Clock; inlineJobs?: boolean } = {}): Promise<Running> {
  const orm = await MikroORM.init(ormConfig(databaseUrl));
  const applied = await orm.getMigrator().up();
  if (applied.length) logger.info({ migrations: applied.map(m => m.name) }, 'migrations applied');
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  pool.on('error', error => logger.error({ err: error }, 'idle database connection failed'));
  let jobs: JobQueue;
  if (options.inlineJobs || !config.runJobs) jobs = inlineJobQueue(logger);
  else jobs = await startJobQueue(databaseUrl, logger);
  const services: AppServices = { orm, pool, logger, clock: options.clock ?? systemClock(config.timeZone), config, jobs };
  await registerWorkers(services);
  const admin = await bootstrapAdmin(orm.em.fork(), config);
  if (admin) logger.info({ email: admin.email }, 'first administrator created');
  const app = await createApp(services);
  return {
    app,
    services,
    async close() {
      await app.stop();
      await jobs.stop();
      await pool.end();
      await orm.close();
    },
  };
}
