/**
 * The WeCom (企业微信) group-robot notifier: POST {base}/cgi-bin/webhook/send?key=KEY with a text
 * or markdown message, mentioning recipients by mobile number. Content over the byte limit is
 * split; a client-side limiter keeps each robot within 20 messages a minute by waiting.
 */
import { createHash } from 'node:crypto';
import { GongkaiError } from '../../core/errors.js';
import { splitForWeChat } from '../../core/split.js';
import type { Notifier, ReminderMessage } from './port.js';
import { createRateLimiter, type LimiterClock, type RateLimiter } from './rate-limiter.js';

/** WeCom's limits on the `content` field, in UTF-8 bytes. */
export const WECOM_TEXT_MAX_BYTES = 2048;
export const WECOM_MARKDOWN_MAX_BYTES = 4096;
/** WeCom allows a robot 20 messages a minute. */
export const WECOM_MESSAGES_PER_MINUTE = 20;

export interface WeComNotifierOptions {
  /** Default https://qyapi.weixin.qq.com; tests point it at 127.0.0.1. */
  base?: string;
  /** The robot's webhook key (a secret: never logged, never part of the notifier's name). */
  key: string;
  format?: 'text' | 'markdown';
  /** Share one limiter between notifiers of the same robot; by default each notifier has its own. */
  limiter?: RateLimiter;
  /** The limiter's clock, for tests. */
  clock?: LimiterClock;
  requestTimeoutMs?: number;
}

/** A short, stable, non-secret name for a robot key. */
export function weComChannelName(key: string): string {
  return `wecom:${createHash('sha256').update(key).digest('hex').slice(0, 8)}`;
}

function markdownOf(reminder: ReminderMessage): string {
  const [first, ...rest] = reminder.text.split('\n');
  const lines = [`**${first}**`, ...rest.map((line) => (line.startsWith('致：') ? `> ${line}` : line))];
  if (reminder.overdue) lines[0] = `<font color="warning">${lines[0]}</font>`;
  return lines.join('\n');
}

/** Create the notifier for one robot. */
export function createWeComNotifier(options: WeComNotifierOptions): Notifier {
  const base = (options.base ?? 'https://qyapi.weixin.qq.com').replace(/\/+$/, '');
  const format = options.format ?? 'text';
  const limiter = options.limiter ?? createRateLimiter({ limit: WECOM_MESSAGES_PER_MINUTE, windowMs: 60_000, clock: options.clock });
  const url = `${base}/cgi-bin/webhook/send?key=${encodeURIComponent(options.key)}`;
  const timeout = options.requestTimeoutMs ?? 10_000;

  async function post(body: unknown): Promise<void> {
    await limiter.acquire();
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeout),
      });
    } catch (error) {
      // The URL holds the key, so only the reason goes into the message.
      throw new GongkaiError('UPSTREAM', `wecom webhook: network error (${error instanceof Error ? error.message : String(error)})`);
    }
    if (!response.ok) throw new GongkaiError('UPSTREAM', `wecom webhook: HTTP ${response.status}`);
    let result: { errcode?: number; errmsg?: string };
    try {
      result = (await response.json()) as { errcode?: number; errmsg?: string };
    } catch {
      throw new GongkaiError('UPSTREAM', 'wecom webhook: response is not JSON');
    }
    if (result.errcode !== 0)
      throw new GongkaiError('UPSTREAM', `wecom webhook: errcode ${String(result.errcode)} ${result.errmsg ?? ''}`.trim());
  }

  return {
    name: weComChannelName(options.key),
    async send(reminder) {
      if (format === 'markdown') {
        // Markdown cannot mention by mobile number; the names are in the text.
        for (const content of splitForWeChat(markdownOf(reminder), WECOM_MARKDOWN_MAX_BYTES))
          await post({ msgtype: 'markdown', markdown: { content } });
        return;
      }
      const mobiles = reminder.recipients.map((recipient) => recipient.mobile).filter((mobile): mobile is string => Boolean(mobile));
      const chunks = splitForWeChat(reminder.text, WECOM_TEXT_MAX_BYTES);
      for (const [index, content] of chunks.entries()) {
        // Mention once, on the first part, so a long reminder does not ping people twice.
        const text = index === 0 && mobiles.length > 0 ? { content, mentioned_mobile_list: mobiles } : { content };
        await post({ msgtype: 'text', text });
      }
    },
  };
}
