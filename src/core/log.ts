/** Structured logging (pino): one logger for the process, children per module. Never log secrets. */
import { type DestinationStream, pino, type Logger } from 'pino';

export type { Logger };

/** What a redacted value reads in the log. */
export const REDACTED = '[redacted]';
/** Secret fields of a log line, at its top level. */
const SECRET_FIELDS = new Set(['token', 'secret', 'appSecret', 'apiKey', 'encodingAesKey', 'access_token']);
/** Secret fields one level down (e.g. `options.apiKey`). */
const NESTED_SECRET_FIELDS = ['token', 'secret', 'appSecret', 'apiKey'];

/**
 * The line's fields with every secret replaced by REDACTED, at the top level and one level
 * down; the caller's objects are never changed (a copy is made only when there is something to
 * hide). pino's own `redact` with wildcard paths (`*.token`) ran a redactor over every field of
 * every line and cloned what it looked at: twice the cost of the line itself, on every message
 * the webhook answers.
 */
export function redactSecrets(fields: Record<string, unknown>): Record<string, unknown> {
  let copy: Record<string, unknown> | undefined;
  for (const key in fields) {
    const value = fields[key];
    if (SECRET_FIELDS.has(key)) {
      if (value !== undefined) (copy ??= { ...fields })[key] = REDACTED;
    } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const redacted = redactNested(value as Record<string, unknown>);
      if (redacted !== value) (copy ??= { ...fields })[key] = redacted;
    }
  }
  return copy ?? fields;
}

function redactNested(value: Record<string, unknown>): Record<string, unknown> {
  if (!NESTED_SECRET_FIELDS.some((name) => Object.hasOwn(value, name) && value[name] !== undefined)) return value;
  // An Error keeps its prototype and its own (non-enumerable) message and stack for the serializer.
  const copy = Object.create(Object.getPrototypeOf(value)) as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(value)) copy[name] = value[name];
  for (const name of NESTED_SECRET_FIELDS) if (copy[name] !== undefined) copy[name] = REDACTED;
  return copy;
}

/** Create the process logger. `level` comes from config; tests pass `silent`. */
export function createLogger(level: string = 'info', destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      // The top-level names also through pino's own redaction, which (without wildcard paths)
      // costs nothing on other fields and covers child loggers' bindings, which formatters.log
      // never sees.
      redact: { paths: [...SECRET_FIELDS], censor: REDACTED },
      formatters: { log: redactSecrets },
    },
    destination as DestinationStream | undefined,
  );
}

/** A logger that writes nothing, for tests and one-shot CLI commands. */
export const silentLogger: Logger = pino({ level: 'silent' });
