/** The message pipeline: order, next(), the error boundary, limits, and unverified staff on the real app. */
import { afterEach, describe, expect, it } from 'vitest';
import { GongkaiError } from '../../../src/core/errors.js';
import { silentLogger } from '../../../src/core/log.js';
import type { IncomingMessage } from '../../../src/core/message.js';
import {
  APOLOGY,
  Composer,
  compose,
  createPipeline,
  feature,
  identify,
  lengthLimit,
  type Middleware,
  rateLimit,
  STAFF_UNVERIFIED_REPLY,
  type StaffIdentity,
} from '../../../src/core/pipeline.js';
import { makeTestApp, type TestApp } from '../../helpers.js';

const message = (text: string, user = 'citizen-1', extra: Partial<IncomingMessage> = {}): IncomingMessage => ({
  channel: 'console',
  user,
  chat: user,
  text,
  kind: 'text',
  receivedAt: new Date('2026-11-24T10:00:00+08:00'),
  ...extra,
});

const CLERK: StaffIdentity = { id: 'staff-1', name: '张三', agencyId: 1, agency: '某局', role: 'clerk' };
const registry = (_channel: string, user: string) => (user === CLERK.id ? CLERK : undefined);
/** The last step of a test chain: says who it saw. */
const echo: Middleware = feature('echo', (context) => context.reply(`echo:${context.text}:${context.staff?.id ?? 'citizen'}`));

describe('compose', () => {
  it('runs middleware in order; each decides whether the rest runs', async () => {
    const seen: string[] = [];
    const step =
      (name: string, goOn: boolean): Middleware<string[]> =>
      async (trail, next) => {
        trail.push(`${name}>`);
        if (goOn) await next();
        trail.push(`<${name}`);
      };
    await compose([step('a', true), step('b', true), step('c', false), step('d', true)])(seen, async () => {
      seen.push('end');
    });
    expect(seen).toEqual(['a>', 'b>', 'c>', '<c', '<b', '<a']);
    const all: string[] = [];
    await new Composer<string[]>().use(step('a', true)).use(step('b', true)).compose()(all, async () => {
      all.push('end');
    });
    expect(all).toEqual(['a>', 'b>', 'end', '<b', '<a']);
  });

  it('refuses a second next() from one middleware (the rest would run twice)', async () => {
    let runs = 0;
    const twice: Middleware<object> = async (_context, next) => {
      await next();
      await next();
    };
    const counted: Middleware<object> = () => {
      runs += 1;
    };
    await expect(compose([twice, counted])({}, async () => undefined)).rejects.toThrow('next() called more than once');
    expect(runs).toBe(1);
  });
});

describe('createPipeline', () => {
  const pipeline = (...middleware: Middleware[]) =>
    createPipeline({ middleware: new Composer().use(identify(), ...middleware).compose(), registry, logger: silentLogger });

  it('a feature that does not take the message calls next(); the first that replies ends it', async () => {
    const order: string[] = [];
    const passes = (name: string): Middleware =>
      feature(name, (_context, next) => {
        order.push(name);
        return next();
      });
    const takesQuestions: Middleware = feature('questions', (context, next) => {
      order.push('questions');
      if (context.text.endsWith('？')) return context.reply('answered');
      return next();
    });
    const handle = pipeline(passes('first'), takesQuestions, passes('after'), echo);
    expect(await handle(message('几件？'))).toBe('answered');
    expect(order).toEqual(['first', 'questions']);
    expect(await handle(message('你好', CLERK.id))).toBe('echo:你好:staff-1');
    expect(order).toEqual(['first', 'questions', 'first', 'questions', 'after']);
  });

  it('nobody replying is an empty reply (no answer sent)', async () => {
    expect(await pipeline()(message('x'))).toBe('');
  });

  it('a failing feature: its own Chinese message, a refused write says so, anything else the apology', async () => {
    const failing = (error: unknown): Middleware => feature('failing', () => Promise.reject(error));
    expect(await pipeline(failing(new GongkaiError('BAD_INPUT', 'bad', '请写年份。')))(message('x'))).toBe('请写年份。');
    const readonly = Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY' });
    expect(await pipeline(failing(readonly))(message('x'))).toContain('数据库目前是只读的');
    expect(await pipeline(failing(new TypeError('undefined is not a function')))(message('x'))).toBe(APOLOGY);
    // Two replies to one message is a bug in the chain, never two answers.
    const twice: Middleware = (context) => {
      context.reply('one');
      context.reply('two');
    };
    expect(await pipeline(twice)(message('x'))).toBe(APOLOGY);
  });
});

describe('limits', () => {
  it('citizens and staff have their own rate; the window slides', async () => {
    let time = 0;
    const handle = createPipeline({
      middleware: new Composer()
        .use(
          rateLimit({ citizen: { messages: 2, windowMs: 1000 }, staff: { messages: 4, windowMs: 1000 }, now: () => time }),
          identify(),
          echo,
        )
        .compose(),
      registry,
      logger: silentLogger,
    });
    const replies = async (user: string, count: number) => {
      const all: string[] = [];
      for (let index = 0; index < count; index += 1) all.push(await handle(message('x', user)));
      return all.filter((reply) => reply.includes('太频繁')).length;
    };
    expect(await replies('citizen-1', 3)).toBe(1);
    expect(await replies(CLERK.id, 5)).toBe(1);
    // Another sender is not slowed down by the first.
    expect(await replies('citizen-2', 2)).toBe(0);
    time = 1001;
    expect(await replies('citizen-1', 2)).toBe(0);
  });

  it('staff may send longer texts (pasted tables) than citizens', async () => {
    const handle = createPipeline({
      middleware: new Composer().use(lengthLimit({ citizen: 10, staff: 20 }), identify(), echo).compose(),
      registry,
      logger: silentLogger,
    });
    const fifteen = '一二三四五六七八九十一二三四五';
    expect(await handle(message(fifteen))).toContain('您的消息太长了（15字）');
    expect(await handle(message(fifteen, CLERK.id))).toBe(`echo:${fifteen}:staff-1`);
    expect(await handle(message(`${fifteen}${fifteen}`, CLERK.id))).toContain('不超过20字');
  });
});

describe('the production chain (createApp)', () => {
  let app: TestApp;
  afterEach(() => app.dispose());

  it('staff on a channel that cannot prove the sender are answered as citizens and refused staff commands', async () => {
    app = makeTestApp();
    app.staff.add({ id: 'clerk-u', name: '张三', agency: '海原县教育局', role: 'clerk' });
    const unverified = (text: string) => app.handle(message(text, 'clerk-u', { channel: 'wechat-oa', senderUnverified: true }));
    for (const command of ['填报2025年度', '暂停提醒', '登录']) expect(await unverified(command)).toBe(STAFF_UNVERIFIED_REPLY);
    expect(app.drafts.all()).toHaveLength(0);
    expect(app.staff.byId('clerk-u')!.remindersPaused).toBe(false);
    // A question is a citizen's question whoever asks it.
    expect(await unverified('西工区科技局2024年办理了几件行政许可？')).toContain('行政许可');
    // The same person on a channel that vouches for them is staff.
    expect(await app.handle(message('暂停提醒', 'clerk-u', { channel: 'wechat-oa' }))).toContain('已暂停');
    expect(await app.handle(message('填报2025年度', 'clerk-u', { channel: 'wechat-oa' }))).toContain('开始填报');
  });

  it('order: events before staff features, data-entry help before the general help', async () => {
    app = makeTestApp();
    app.staff.add({ id: 'clerk-h', name: '李四', agency: '海原县教育局', role: 'clerk' });
    const subscribe = message('', 'clerk-h', { kind: 'event', event: 'subscribe' });
    expect(await app.handle(subscribe)).toContain('欢迎关注');
    expect(await app.handle(message('帮助', 'citizen-9'))).toContain('您可以这样问');
    await app.handle(message('填报2025年度', 'clerk-h'));
    const help = await app.handle(message('帮助', 'clerk-h'));
    expect(help).not.toContain('您可以这样问');
    expect(help).toContain('填报');
  });
});
