/**
 * A logger that writes nothing and does not load pino: `gongkai ask` and other one-shot
 * commands log nothing, and loading pino with its streams was a tenth of their start-up.
 */
import type { Logger } from 'pino';

const ignore = (): void => {};

/** Every method a module here calls on a logger, doing nothing; child() returns the same logger. */
export const quietLogger: Logger = {
  level: 'silent',
  fatal: ignore,
  error: ignore,
  warn: ignore,
  info: ignore,
  debug: ignore,
  trace: ignore,
  silent: ignore,
  child: () => quietLogger,
  isLevelEnabled: () => false,
  bindings: () => ({}),
  flush: ignore,
} as unknown as Logger;
