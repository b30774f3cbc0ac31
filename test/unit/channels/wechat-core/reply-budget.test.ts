/** The shared reply budget: passive in time, later when slow, long answers split, failures apologised for. */
import { describe, expect, it } from 'vitest';
import { createReplyBudget, DeadlineTimer } from '../../../../src/channels/wechat-core/reply-budget.js';
import { GongkaiError } from '../../../../src/core/errors.js';
import { silentLogger } from '../../../../src/core/log.js';
import type { IncomingMessage } from '../../../../src/core/message.js';
import { byteLength } from '../../../../src/core/split.js';

const message: IncomingMessage = {
  channel: 'test',
  user: 'member-1',
  chat: 'member-1',
  text: '问题',
  kind: 'text',
  receivedAt: new Date(0),
};
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function budgetWith(options: { budgetMs?: number; failAt?: number } = {}) {
  const sent: Array<{ user: string; text: string }> = [];
  const budget = createReplyBudget({
    budgetMs: options.budgetMs ?? 100,
    maxTextBytes: 60,
    followUpDelayMs: 0,
    logger: silentLogger,
    apology: '抱歉',
    sendLater: async (user, text) => {
      if (sent.length === options.failAt) throw new Error('platform refused');
      sent.push({ user, text });
    },
  });
  return { budget, sent };
}

describe('reply budget', () => {
  it('answers passively when the handler is in time, and sends nothing later', async () => {
    const { budget, sent } = budgetWith();
    expect(await budget.answer(message, async () => '六件')).toEqual({ kind: 'passive', text: '六件' });
    await budget.idle();
    expect(sent).toEqual([]);
  });

  it('answers nothing when the handler is slow, then sends the answer later', async () => {
    const { budget, sent } = budgetWith({ budgetMs: 30 });
    // The handler finishes only when the test says so: the budget must have answered before that, whatever the load
    // (a wall-clock bound failed once on a machine with a load average of 14).
    let finish: (text: string) => void = () => {};
    const slow = new Promise<string>((resolve) => {
      finish = resolve;
    });
    expect(await budget.answer(message, () => slow)).toEqual({ kind: 'none' });
    expect(sent).toEqual([]);
    finish('晚到的回答');
    await budget.idle();
    expect(sent).toEqual([{ user: 'member-1', text: '晚到的回答' }]);
  });

  it('splits a long answer: the first part passively, the rest later in order, each within the byte limit', async () => {
    const { budget, sent } = budgetWith();
    const long = Array.from({ length: 9 }, (_, index) => `第${index + 1}行：勾稽关系不符。`).join('\n');
    const outcome = await budget.answer(message, async () => long);
    await budget.idle();
    expect(outcome.kind).toBe('passive');
    const parts = [outcome.kind === 'passive' ? outcome.text : '', ...sent.map((item) => item.text)];
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.every((part) => byteLength(part) <= 60)).toBe(true);
    // Nothing lost or reordered (a split may drop the line break it cuts at).
    expect(parts.join('').replace(/\s+/g, '')).toBe(long.replace(/\s+/g, ''));
  });

  it('stops at the first failed send, so no part arrives out of order', async () => {
    const { budget, sent } = budgetWith({ failAt: 1 });
    const long = Array.from({ length: 12 }, (_, index) => `第${index + 1}行。`).join('\n');
    await budget.answer(message, async () => (await wait(150), long));
    await budget.idle();
    expect(sent).toHaveLength(1);
    expect(long.startsWith(sent[0].text)).toBe(true);
  });

  it('a failing handler gets its own user message, or the apology', async () => {
    const { budget } = budgetWith();
    expect(await budget.answer(message, async () => Promise.reject(new GongkaiError('STORE', 'disk', '磁盘已满')))).toEqual({
      kind: 'passive',
      text: '磁盘已满',
    });
    expect(await budget.answer(message, async () => Promise.reject(new Error('bug')))).toEqual({ kind: 'passive', text: '抱歉' });
    expect(await budget.answer(message, async () => '  ')).toEqual({ kind: 'none' });
  });
});

describe('the shared deadline timer', () => {
  it('expires each waiter once its budget has passed, in arrival order, and never one that was cancelled', async () => {
    // Wide margins (100 ms between the groups) so that a loaded machine's late timers do not matter.
    const timer = new DeadlineTimer(200);
    const expired: string[] = [];
    let secondExpired!: () => void;
    const second = new Promise<void>((resolve) => (secondExpired = resolve));
    const started = performance.now();
    const first = timer.add(() => expired.push('first'));
    timer.add(() => {
      expired.push('second');
      secondExpired();
    });
    await wait(100);
    const third = timer.add(() => expired.push('third'));
    timer.add(() => expired.push('fourth'));
    timer.cancel(first);
    await second;
    // second is due 200 ms after it came; third and fourth, 100 ms later, not yet.
    expect(performance.now() - started).toBeGreaterThanOrEqual(199);
    expect(expired).toEqual(['second']);
    timer.cancel(third);
    await wait(250);
    expect(expired).toEqual(['second', 'fourth']);
    expect(timer.size).toBe(0);
    // Idle, then used again: the timer arms itself anew.
    timer.add(() => expired.push('fifth'));
    await wait(300);
    expect(expired).toEqual(['second', 'fourth', 'fifth']);
  });

  it('keeps a budget per message when many messages overlap: answers in time stay passive, the slow one goes later', async () => {
    const { budget, sent } = budgetWith({ budgetMs: 60 });
    const answers = await Promise.all([
      budget.answer(message, async () => '一'),
      budget.answer({ ...message, user: 'member-2' }, async () => {
        await wait(150);
        return '迟到的答复';
      }),
      budget.answer(message, async () => {
        await wait(20);
        return '二';
      }),
    ]);
    expect(answers).toEqual([{ kind: 'passive', text: '一' }, { kind: 'none' }, { kind: 'passive', text: '二' }]);
    await budget.idle();
    expect(sent).toEqual([{ user: 'member-2', text: '迟到的答复' }]);
  });
});
