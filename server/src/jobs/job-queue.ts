import PgBoss from 'pg-boss';
import type { Logger } from 'pino';

export type JobHandler = (data: Record<string, unknown>, job: { id: string; name: string }) => Promise<void>;

/** Background work (bill-run calculation, large imports and exports) on pg-boss, in PostgreSQL. */
export interface JobQueue {
  send(name: string, data: Record<string, unknown>, options?: { singletonKey?: string; retryLimit?: number }): Promise<string | null>;
  work(name: string, handler: JobHandler): Promise<void>;
  stop(): Promise<void>;
}

export async function startJobQueue(connectionString: string, logger: Logger): Promise<JobQueue> {
  const boss = new PgBoss({ connectionString, schema: 'pgboss', max: 4 });
  boss.on('error', error => logger.error({ err: error }, 'job queue'));
  await boss.start();
  const queues = new Set<string>();
  const ensure = async (name: string) => {
    if (queues.has(name)) return;
    await boss.createQueue(name);
    queues.add(name);
  };
  return {
    async send(name, data, options) {
      await ensure(name);
      return boss.send(name, data, { retryLimit: options?.retryLimit ?? 3, retryDelay: 5, singletonKey: options?.singletonKey });
    },
    async work(name, handler) {
      await ensure(name);
      await boss.work(name, { batchSize: 1, pollingIntervalSeconds: 1 }, async jobs => {
        for (const job of jobs) await handler(job.data as Record<string, unknown>, { id: job.id, name: job.name });
      });
    },
    stop: () => boss.stop({ graceful: true, wait: true }),
  };
}

/** Runs jobs in-process at once (tests and scripts that do not want a queue). */
export function inlineJobQueue(logger: Logger): JobQueue {
  const handlers = new Map<string, JobHandler>();
  return {
    async send(name, data) {
      const handler = handlers.get(name);
      if (!handler) throw new Error(`no worker for job ${name}`);
      const id = `inline-${Date.now()}`;
      void handler(data, { id, name }).catch(error => logger.error({ err: error, job: name }, 'inline job failed'));
      return id;
    },
    async work(name, handler) {
      handlers.set(name, handler);
    },
    async stop() {},
  };
}
