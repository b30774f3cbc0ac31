/** The process logger hides secrets (top level, one level down, in child bindings) and never changes the caller's objects. */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, REDACTED } from '../../../src/core/log.js';

/** A logger writing JSON lines into an array. */
function capture(level = 'info') {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      callback();
    },
  });
  return { lines, logger: createLogger(level, stream) };
}

describe('createLogger', () => {
  it('redacts secret fields at the top level and one level down, leaving the caller’s objects as they were', () => {
    const { lines, logger } = capture();
    const options = { appId: 'wx-app', appSecret: 'shh-app-secret', apiKey: 'sk-live' };
    const fields = { token: 'tok-123', access_token: 'at-456', encodingAesKey: 'aes-789', secret: 's', options, user: 'u1', count: 3 };
    logger.info(fields, 'settings');
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line).toMatchObject({
      token: REDACTED,
      access_token: REDACTED,
      encodingAesKey: REDACTED,
      secret: REDACTED,
      options: { appId: 'wx-app', appSecret: REDACTED, apiKey: REDACTED },
      user: 'u1',
      count: 3,
      msg: 'settings',
    });
    expect(JSON.stringify(line)).not.toMatch(/tok-123|at-456|aes-789|shh-app-secret|sk-live/);
    expect(fields.token).toBe('tok-123');
    expect(options.appSecret).toBe('shh-app-secret');
  });

  it('keeps an error readable while hiding a secret it carries', () => {
    const { lines, logger } = capture();
    const error = Object.assign(new Error('token refused by the platform'), { token: 'tok-in-error', code: 40001 });
    logger.error({ err: error }, 'call failed');
    const logged = lines[0].err as Record<string, unknown>;
    expect(logged.message).toBe('token refused by the platform');
    expect(logged.type).toBe('Error');
    expect(String(logged.stack)).toContain('token refused by the platform');
    expect(logged.token).toBe(REDACTED);
    expect(logged.code).toBe(40001);
    expect(error.token).toBe('tok-in-error');
  });

  it('redacts secrets bound to a child logger, and leaves deeper fields as they are', () => {
    const { lines, logger } = capture();
    logger.child({ module: 'wechat-oa', token: 'child-token' }).info({ user: 'u2', nested: { depth: { token: 'deep' } } }, 'hello');
    expect(lines[0]).toMatchObject({ module: 'wechat-oa', token: REDACTED, user: 'u2', msg: 'hello' });
    // Two levels down is out of the redaction's reach, as with the paths it replaced ('*.token').
    expect(lines[0].nested).toEqual({ depth: { token: 'deep' } });
  });
});
