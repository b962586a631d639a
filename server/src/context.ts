import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { Role } from './auth/roles.js';
import type { Clock } from './shared/clock.js';
import type { Loaders } from './shared/orm/loaders.js';
import type { AppConfig } from './config.js';
import type { JobQueue } from './jobs/job-queue.js';

/** The signed-in user of a request (a clerk's session or a tool's API token). */
export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly customerId: string | null;
  readonly sessionId: string;
  readonly kind: 'SESSION' | 'API_TOKEN';
}

/** Long-lived services shared by every request. */
export interface AppServices {
  readonly orm: MikroORM;
  /** Raw pool for set-based work (COPY, bulk INSERT … SELECT) outside the ORM's unit of work. */
  readonly pool: pg.Pool;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly config: AppConfig;
  readonly jobs: JobQueue;
}

export interface Context {
  readonly em: EntityManager;
  readonly user: SessionUser | null;
  readonly app: AppServices;
  readonly loaders: Loaders;
  readonly requestId: string;
  readonly req?: Request;
  readonly res?: Response;
}
