/** Structured logging (pino): one logger for the process, children per module. Never log secrets. */
import { type DestinationStream, pino, type Logger } from 'pino';

export type { Logger };

/** Create the process logger. `level` comes from config; tests pass `silent`. */
export function createLogger(level: string = 'info', destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: {
        paths: [
          'token',
          'secret',
          'appSecret',
          'apiKey',
          'encodingAesKey',
          '*.token',
          '*.secret',
          '*.appSecret',
          '*.apiKey',
          'access_token',
        ],
        censor: '[redacted]',
      },
    },
    destination as DestinationStream | undefined,
  );
}

/** A logger that writes nothing, for tests and one-shot CLI commands. */
export const silentLogger: Logger = pino({ level: 'silent' });
