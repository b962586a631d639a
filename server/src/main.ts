import 'reflect-metadata';
import pino from 'pino';
import { readConfig } from './config.js';
import { startServices } from './server.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './shared/db/embedded-postgres.js';

// The only file that reads the environment, listens, and starts background work.
const config = readConfig();
const logger = pino({ level: config.logLevel });
const started = Date.now();

let embedded: EmbeddedDatabase | null = null;
if (!config.databaseUrl) embedded = await startEmbeddedPostgres(config.dataDir, logger);
const running = await startServices(config, config.databaseUrl ?? embedded!.url, logger);
const server = running.app.http.listen(config.port, () => {
  logger.info({ port: config.port, ms: Date.now() - started, database: embedded ? 'embedded' : 'DATABASE_URL' },
    `ready: http://localhost:${config.port}/graphql and /admin`);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  server.close();
  await running.close().catch(error => logger.error({ err: error }, 'shutdown'));
  await embedded?.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
