/** `gongkai serve` (and `npm start`): run the service until SIGINT/SIGTERM, then shut down cleanly. */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.js';
import { createLogger } from '../core/log.js';
import { startService } from '../main.js';
import type { CommandContext } from './commands.js';

export async function serveCommand({ argv, db, io }: CommandContext): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { db: { type: 'string' }, port: { type: 'string' } }, allowPositionals: false });
  const environment = { ...process.env, ...(values.port ? { PORT: values.port } : {}) };
  const config = loadConfig(environment, { db: values.db ?? db });
  const logger = createLogger(config.LOG_LEVEL);
  const service = await startService(config, logger);
  io.err(`${service.banner.join('\n')}\n`);
  await new Promise<void>((resolve) => {
    const shutdown = (signal: string) => {
      logger.info({ event: 'signal', signal }, `received ${signal}`);
      void service.stop().then(resolve);
    };
    process.once('SIGINT', () => shutdown('SIGINT'));
    process.once('SIGTERM', () => shutdown('SIGTERM'));
  });
  return 0;
}
