/**
 * What one answer leaves for its conversation (the rest of a long text for 继续) is that user's: another user's
 * message, answered in between, neither sees it nor hands it on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../helpers.js';

describe('state left by one user’s answer', () => {
  let app: TestApp;
  beforeAll(() => {
    app = makeTestApp({ now: () => new Date('2026-03-02T10:00:00+08:00') });
  });
  afterAll(() => app.dispose());

  it('继续 after a table goes on with nothing of another user’s long text', async () => {
    const long = await app.ask('中卫市科技局2025年的总体情况', 'a');
    const table = await app.ask('中卫市科技局2025年的表三给我看看', 'b');
    expect(table.answer).toContain('收到和处理政府信息公开申请情况');
    const more = await app.ask('继续', 'b');
    // The overview's words are user a's; user b asked for a table that fit in one reply.
    expect(more.answer).not.toContain('依申请公开情况');
    expect(long.answer.length).toBeGreaterThan(0);
    const own = await app.ask('继续', 'a');
    expect(own.answer).toContain('依申请公开');
  });
});
