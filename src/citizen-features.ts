/** The features everyone reaches: channel events (subscribe, menu, unsupported messages), help, and questions. */
import { feature, type Middleware, unsupportedReply } from './core/pipeline.js';
import type { Answer, QaEngine } from './qa/engine.js';
import type { ReportStore } from './store/report-store.js';
import { withFigureLink } from './web/figure-link.js';

const GUIDE_LINES = ['怎么申请政府信息公开？多久能答复？要交钱吗？', '我今天提交申请，最晚什么时候答复？'];

/** The welcome on subscribing, its example named after an agency the store holds. */
export function welcomeText(engine: QaEngine): string {
  const example = engine.examples()?.figure;
  return [
    '您好，欢迎关注！我是政府信息公开助手，可以回答：',
    `· 年度报告里的数字${example ? `：如“${example}”` : ''}`,
    '· 怎么申请政府信息公开、多久答复、收不收费、怎么投诉复议',
    '· 各机关的联系方式',
    '发送“帮助”查看更多示例。',
  ].join('\n');
}

/** The menu's help: example questions over the agencies and years the store holds, then the guide's. */
export function helpText(engine: QaEngine): string {
  const examples = engine.examples();
  const lines = [...(examples ? [examples.figure, examples.received, examples.ranking, examples.contact] : []), ...GUIDE_LINES];
  return [
    '您可以这样问：',
    ...lines.map((line, index) => `${index + 1}. ${line}`),
    ...(examples ? [`接着问“${examples.followUps[0]}”“${examples.followUps[1]}”也可以。`] : []),
  ].join('\n');
}

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
    if (message.kind === 'unsupported') return context.reply(unsupportedReply(engine.examples()?.figure));
    if (message.kind !== 'event') return next();
    if (message.event === 'subscribe') return context.reply(welcomeText(engine));
    if (message.event !== 'click') return context.reply('');
    context.reply(
      message.eventKey === 'HELP' || !message.eventKey
        ? helpText(engine)
        : engine.ask(message.eventKey, { user: conversationKey(message) }).answer,
    );
  });
}

/** "帮助" and greetings. Placed after data entry, whose own help answers "帮助" in the middle of a form. */
export function helpCommand(engine: QaEngine): Middleware {
  return feature('help', (context, next) => (HELP_WORDS.test(context.text) ? context.reply(helpText(engine)) : next()));
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
