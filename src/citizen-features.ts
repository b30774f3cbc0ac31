/** The features everyone reaches: channel events (subscribe, menu, unsupported messages), help, and questions. */
import { feature, type Middleware, UNSUPPORTED_REPLY } from './core/pipeline.js';
import type { Answer, QaEngine } from './qa/engine.js';
import type { ReportStore } from './store/report-store.js';
import { withFigureLink } from './web/figure-link.js';

export const WELCOME =
  '您好，欢迎关注！我是政府信息公开助手，可以回答：\n· 年度报告里的数字：如“西工区科技局2024年办理了几件行政许可？”\n· 怎么申请政府信息公开、多久答复、收不收费、怎么投诉复议\n· 各机关的联系方式\n发送“帮助”查看更多示例。';

export const HELP =
  '您可以这样问：\n1. 西工区科技局2024年办理了几件行政许可？\n2. 中卫市科技局2025年收到了多少件申请？都是谁提出的？\n3. 2024年哪个科技局主动公开的信息最多？\n4. 沙坡头区科学技术局的联系电话是多少？\n5. 怎么申请政府信息公开？多久能答复？要交钱吗？\n6. 我今天提交申请，最晚什么时候答复？\n接着问“那2023年呢？”“西工区呢？”也可以。';

const HELP_WORDS = /^(帮助|菜单|help|\?|？|你好|您好|hi|hello)$/i;

/** Follow-up memory is per person per channel. */
const conversationKey = (message: { channel: string; user: string }) => `${message.channel}:${message.user}`;

/**
 * Platform events and messages that are not text: a welcome on subscribe, silence for other
 * events, the menu's questions, and a polite "text only". Text goes on.
 */
export function channelEvents(engine: QaEngine): Middleware {
  return feature('channel-events', (context, next) => {
    const { message } = context;
    if (message.kind === 'unsupported') return context.reply(UNSUPPORTED_REPLY);
    if (message.kind !== 'event') return next();
    if (message.event === 'subscribe') return context.reply(WELCOME);
    if (message.event !== 'click') return context.reply('');
    context.reply(
      message.eventKey === 'HELP' || !message.eventKey ? HELP : engine.ask(message.eventKey, { user: conversationKey(message) }).answer,
    );
  });
}

/** "帮助" and greetings. Placed after data entry, whose own help answers "帮助" in the middle of a form. */
export function helpCommand(): Middleware {
  return feature('help', (context, next) => (HELP_WORDS.test(context.text) ? context.reply(HELP) : next()));
}

/** The end of the chain: the guide and the reports answer (the offline engine, then the optional model), with the figure link. */
export function questions(options: {
  ask: (question: string, user?: string) => Promise<Answer>;
  publicBaseUrl?: string;
  reports: ReportStore;
}): Middleware {
  return feature('questions', async (context) => {
    const answer = await options.ask(context.text, conversationKey(context.message));
    context.reply(withFigureLink(answer, options.publicBaseUrl, options.reports));
  });
}
