import { readFileSync, writeFileSync } from 'node:fs';
import { MikroORM } from '@mikro-orm/postgresql';
import pino from 'pino';
import { readConfig } from '../config.js';
import { ormConfig } from '../mikro-orm.config.js';
import { startEmbeddedPostgres } from '../shared/db/embedded-postgres.js';

// npm run db:migrate | db:migration:create | db:migration:check
const command = process.argv[2] ?? 'up';
const config = readConfig();
const logger = pino({ level: 'info' });
const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir, logger);
const orm = await MikroORM.init(ormConfig(config.databaseUrl ?? embedded!.url));
const migrator = orm.getMigrator();
try {
  if (command === 'up') {
    const done = await migrator.up();
    console.log(`applied ${done.length} migration(s)`);
  } else if (command === 'create') {
    await migrator.up();
    const result = await migrator.createMigration(undefined, false, false, process.argv[3]);
    if (result.fileName) {
      register(result.fileName.replace(/\.ts$/, ''));
      console.log(`created and listed ${result.fileName}: review it (keep only your own tables' changes)`);
    } else console.log('entities and database agree: nothing to create');
  } else if (command === 'check') {
    await migrator.up();
    if (await migrator.checkMigrationNeeded()) {
      console.error('entities and migrations disagree: run npm run db:migration:create');
      process.exitCode = 1;
    } else console.log('migrations match the entities');
  } else throw new Error(`unknown command ${command}`);
} finally {
  await orm.close();
  await embedded?.stop();
}

/** Lists a new migration in server/src/migrations/index.ts (migrations are imported, not globbed). */
function register(name: string): void {
  const path = 'server/src/migrations/index.ts';
  let text = readFileSync(path, 'utf8');
  text = text.replace("import type { MigrationObject } from '@mikro-orm/core';\n", `import type { MigrationObject } from '@mikro-orm/core';\nimport { ${name} } from './${name}.js';\n`);
  text = text.replace(/\n\];\s*$/, `\n  { name: '${name}', class: ${name} },\n];\n`);
  writeFileSync(path, text);
}
