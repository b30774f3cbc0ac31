import { describe, expect, it } from 'vitest';
import { Deduplicator } from '../../../../src/channels/wechat-core/dedupe.js';

describe('Deduplicator', () => {
  it('shares the in-flight promise and the settled result', async () => {
    const dedupe = new Deduplicator<string>({ ttlMs: 1000, maxEntries: 10 });
    let runs = 0;
    let release!: (value: string) => void;
    const task = () => {
      runs += 1;
      return new Promise<string>((resolve) => (release = resolve));
    };
    const first = dedupe.run('k', task);
    const second = dedupe.run('k', task);
    await Promise.resolve();
    release('answer');
    expect(await Promise.all([first, second, dedupe.run('k', task)])).toEqual(['answer', 'answer', 'answer']);
    expect(runs).toBe(1);
  });

  it('forgets settled results after the TTL but never in-flight ones', async () => {
    let now = 0;
    const dedupe = new Deduplicator<number>({ ttlMs: 100, maxEntries: 10, now: () => now });
    let runs = 0;
    await dedupe.run('k', async () => ++runs);
    now = 99;
    expect(await dedupe.run('k', async () => ++runs)).toBe(1);
    now = 200;
    expect(dedupe.has('k')).toBe(false);
    expect(await dedupe.run('k', async () => ++runs)).toBe(2);

    let release!: () => void;
    const slow = dedupe.run('slow', () => new Promise<number>((resolve) => (release = () => resolve(7))));
    now = 10_000;
    expect(dedupe.has('slow')).toBe(true);
    // The task starts on the next microtask.
    await Promise.resolve();
    release();
    expect(await slow).toBe(7);
  });

  it('forgets failures so a retry can try again', async () => {
    const dedupe = new Deduplicator<string>({ ttlMs: 1000, maxEntries: 10 });
    await expect(dedupe.run('k', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await Promise.resolve();
    expect(await dedupe.run('k', async () => 'second try')).toBe('second try');
  });

  it('stays within maxEntries', async () => {
    const dedupe = new Deduplicator<number>({ ttlMs: 60_000, maxEntries: 3 });
    for (let index = 0; index < 10; index += 1) await dedupe.run(`k${index}`, async () => index);
    expect(dedupe.size).toBe(3);
    expect(dedupe.has('k9')).toBe(true);
    expect(dedupe.has('k0')).toBe(false);
  });
});
