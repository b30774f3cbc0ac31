/**
 * The official-account template-message notifier (模板消息): POST
 * {base}/cgi-bin/message/template/send?access_token=… to each recipient's openid (the staff id of
 * a member registered through the official account). The access token comes from a getter, such
 * as `createWeChatApiClient(...).getAccessToken`.
 */
import { GongkaiError } from '../../core/errors.js';
import { formatChineseDate } from '../../core/clock.js';
import { addressOn, type Notifier, type ReminderMessage } from './port.js';

/** What a template field may show. */
export type TemplateValue = 'title' | 'agency' | 'deadline' | 'summary' | 'action' | 'text';

export interface OaTemplateNotifierOptions {
  /** Default https://api.weixin.qq.com. */
  base?: string;
  templateId: string;
  getAccessToken: () => Promise<string>;
  /** A page opened when the message is tapped. */
  url?: string;
  /** Template field → value; defaults to first/keyword1–3/remark. */
  fields?: Record<string, TemplateValue>;
  requestTimeoutMs?: number;
}

/** The classic industry template layout. */
export const DEFAULT_TEMPLATE_FIELDS: Record<string, TemplateValue> = {
  first: 'title',
  keyword1: 'agency',
  keyword2: 'deadline',
  keyword3: 'summary',
  remark: 'action',
};

function templateValue(reminder: ReminderMessage, value: TemplateValue): string {
  switch (value) {
    case 'title':
      return `${reminder.entryTitle}（${reminder.reportYear}年度报告）`;
    case 'agency':
      return reminder.agency;
    case 'deadline':
      return reminder.daysLeft >= 0
        ? `${formatChineseDate(reminder.deadline)}，还剩${reminder.daysLeft}天`
        : `${formatChineseDate(reminder.deadline)}，已逾期${-reminder.daysLeft}天`;
    case 'summary':
      return reminder.summary;
    case 'action':
      return '回复“提醒”查看最新进度。';
    case 'text':
      return reminder.text;
  }
}

/** Create the notifier; one template message per recipient. */
export function createOaTemplateNotifier(options: OaTemplateNotifierOptions): Notifier {
  const base = (options.base ?? 'https://api.weixin.qq.com').replace(/\/+$/, '');
  const fields = options.fields ?? DEFAULT_TEMPLATE_FIELDS;
  const timeout = options.requestTimeoutMs ?? 10_000;
  return {
    name: `oa-template:${options.templateId}`,
    perRecipient: true,
    async send(reminder) {
      const data = Object.fromEntries(Object.entries(fields).map(([field, value]) => [field, { value: templateValue(reminder, value) }]));
      for (const recipient of reminder.recipients) {
        const openId = addressOn(recipient, 'wechat-oa');
        // Not registered on the official account: nobody there to send to.
        if (openId === undefined) continue;
        const token = await options.getAccessToken();
        const body = { touser: openId, template_id: options.templateId, ...(options.url ? { url: options.url } : {}), data };
        let response: Response;
        try {
          response = await fetch(`${base}/cgi-bin/message/template/send?access_token=${encodeURIComponent(token)}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json; charset=utf-8' },
            body: JSON.stringify(body),
            signal: AbortSignal.timeout(timeout),
          });
        } catch (error) {
          throw new GongkaiError('UPSTREAM', `template/send: network error (${error instanceof Error ? error.message : String(error)})`);
        }
        if (!response.ok) throw new GongkaiError('UPSTREAM', `template/send: HTTP ${response.status}`);
        const result = (await response.json().catch(() => ({}))) as { errcode?: number; errmsg?: string };
        if ((result.errcode ?? -1) !== 0)
          throw new GongkaiError('UPSTREAM', `template/send: errcode ${String(result.errcode)} ${result.errmsg ?? ''}`.trim());
      }
    },
  };
}
