import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { AuditActorSubscriber } from './audit/audit-actor.subscriber.js';
import { ENTITIES } from './domains.js';
import { MIGRATIONS } from './migrations/index.js';

/** MikroORM settings for a database URL; migrations are listed explicitly (no file globbing at run time). */
export function ormConfig(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities: ENTITIES,
    extensions: [Migrator],
    subscribers: [new AuditActorSubscriber()],
    migrations: {
      path: 'server/src/migrations',
      pathTs: 'server/src/migrations',
      emit: 'ts',
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      migrationsList: MIGRATIONS,
      silent: true,
    },
    pool: { min: 0, max: 10 },
    forceUtcTimezone: true,
    debug: false,
    ...overrides,
  });
}
