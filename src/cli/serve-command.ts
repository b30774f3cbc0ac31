/** `gongkai serve` (and `npm start`): run the service until SIGINT/SIGTERM, then shut down cleanly. */
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { loadConfig } from '../config/config.js';
import { checkHolidayCalendar } from '../core/clock.js';
import { createLogger } from '../core/log.js';
import { createBlockDestination } from '../core/log-destination.js';
import { startService } from '../main.js';
import type { CommandContext } from './commands.js';

export async function serveCommand({ argv, db, io }: CommandContext): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { db: { type: 'string' }, port: { type: 'string' } }, allowPositionals: false });
  const environment = { ...process.env, ...(values.port ? { PORT: values.port } : {}) };
  const config = loadConfig(environment, { db: values.db ?? db });
  // The holiday data is read on first use; the service reads it now, so bad data stops start-up.
  checkHolidayCalendar();
  // A service answering from a store of 100,000 reports keeps about 70 MB of live data, and the
  // garbage between full collections is what made it resident at 300 MB and more: V8's default
  // growth factor is for programs that finish. V8 reads this flag at every full collection.
  if (config.HEAP_GROWTH_PERCENT > 0) v8.setFlagsFromString(`--heap-growing-percent=${config.HEAP_GROWTH_PERCENT}`);
  // Log lines leave in blocks (at 8 KiB, and at least every second) rather than one write each:
  // under load a synchronous write per line was a third of the webhook's system calls. The
  // block is written at shutdown; a kill -9 loses at most the last second.
  const destination = createBlockDestination({ dest: 1, blockChars: 8192 });
  const flusher = setInterval(() => destination.flush(), 1000);
  flusher.unref();
  const logger = createLogger(config.LOG_LEVEL, destination as unknown as NodeJS.WritableStream);
  let service: Awaited<ReturnType<typeof startService>>;
  try {
    service = await startService(config, logger);
  } catch (error) {
    clearInterval(flusher);
    destination.flushSync();
    throw error;
  }
  io.err(`${service.banner.join('\n')}\n`);
  await new Promise<void>((resolve) => {
    const shutdown = (signal: string) => {
      logger.info({ event: 'signal', signal }, `received ${signal}`);
      void service.stop().then(() => {
        clearInterval(flusher);
        destination.flushSync();
        resolve();
      });
    };
    process.once('SIGINT', () => shutdown('SIGINT'));
    process.once('SIGTERM', () => shutdown('SIGTERM'));
  });
  return 0;
}
